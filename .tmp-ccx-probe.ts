import { studyContent } from './content/index.js';
import { factsFor } from './src/core/lookup/facts.js';
import { readFileSync } from 'node:fs';
const content = studyContent();
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.trim());
for (const line of lines) {
  const [id, q, expect] = line.split('|').map((s) => s.trim());
  const topic = content.byId.get(id!);
  if (!topic) { console.log('NO TOPIC', id); continue; }
  const yesNo = /^(is|are|can|does|do|will|could|should|has|have)\b/.test(q!);
  const r = factsFor(topic, q!, yesNo);
  const ans = r.answer ?? '-';
  const flag = expect && expect !== ans ? '  <<<<<< expected ' + expect : '';
  console.log(`${id}: ${q} => ${ans.toUpperCase()} [${r.facts.map((f) => f.fact.label).join('; ')}]${flag}`);
}
