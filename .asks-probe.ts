import { studyContent } from './content/index.js';
import { LookupKit } from './src/core/lookup/lookup-kit.js';
import { readFileSync } from 'node:fs';
const content = studyContent();
const kit = new LookupKit(content, () => { throw new Error('no bank'); });
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
for (const line of lines) {
  const [q, expect] = line.split(' => ');
  let u;
  try { u = kit.understand(q!); } catch (e) { console.log(`ERR  ${q}: ${e}`); continue; }
  let got = u.intent as string;
  let detail = '';
  if (u.intent === 'fact') { got = u.answer ?? '-'; detail = `${u.topic.id}: ` + u.facts.map((f) => f.fact.label).join(' | '); }
  else if ('topic' in u) detail = (u as any).topic.id;
  const ok = expect === undefined || expect.trim() === got;
  console.log(`${ok ? 'ok ' : 'BAD'} [${got}] ${q}  -> ${detail}`);
}
