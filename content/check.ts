/**
 * Authoring aid: validates every module in content/topics and content/comparisons, whether or not it
 * is registered yet. Run with `npx tsx content/check.ts`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadContent } from './load.js';

async function importFolder(folder: string): Promise<Record<string, unknown[]>> {
  const dir = fileURLToPath(new URL(folder, import.meta.url));
  const out: Record<string, unknown[]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    out[`${folder}${file}`] = Object.values(mod);
  }
  return out;
}

const topicFiles = await importFolder('./topics/');
const topics: Record<string, unknown> = {};
for (const [file, values] of Object.entries(topicFiles)) {
  values.forEach((v, i) => { topics[values.length > 1 ? `${file}#${i}` : file] = v; });
}
const comparisons = await importFolder('./comparisons/');
const flat: Record<string, unknown[]> = {};
for (const [file, values] of Object.entries(comparisons)) flat[file] = values.flatMap((v) => (Array.isArray(v) ? v : [v]));
try {
  const content = loadContent(topics, flat);
  console.log(`OK: ${content.topics.length} topics, ${content.comparisons.length} comparisons`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
