import { readdirSync } from 'node:fs';
import { loadContent, type Content } from '/work/main/content/load.js';
const dir = '/work/main/content/topics';
const mods: Record<string, unknown> = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  try {
    const m = await import(`${dir}/${f}`);
    for (const v of Object.values(m)) if (v && typeof v === 'object' && 'id' in v) mods[`content/topics/${f}`] = v;
  } catch (e) { console.error('skip', f, (e as Error).message); }
}
const ids = new Set(Object.values(mods).map((m) => (m as { id: string }).id));
for (const [k, m] of Object.entries(mods)) mods[k] = { ...(m as object), related: ((m as { related?: string[] }).related ?? []).filter((r) => ids.has(r)) };
const c = loadContent(mods);
export function studyContent(): Content { return c; }
