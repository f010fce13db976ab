import type { Reply } from '../../core/reply.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
  warn(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const colourStyle: Style = { bold: ansi(1, 22), dim: ansi(2, 22), accent: ansi(36, 39), warn: ansi(33, 39) };
export const plainStyle: Style = { bold: (t) => t, dim: (t) => t, accent: (t) => t, warn: (t) => t };

const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`);

/** Draws a reply as terminal text. Choices are numbered so a member can answer by typing the number. */
export function renderReply(reply: Reply, style: Style): string {
  const out: string[] = [];
  if (reply.title) out.push(style.bold(reply.title));
  if (reply.text) out.push(reply.tone === 'warning' || reply.tone === 'error' ? style.warn(reply.text) : reply.text);
  if (reply.fields.length > 0) {
    out.push(reply.fields.map((f) => `  ${style.accent(`${f.label}:`)} ${indent(f.value, '    ')}`).join('\n'));
  }
  if (reply.choices.length > 0) {
    out.push(reply.choices.map((c, i) => `  ${style.bold(`[${i + 1}]`)} ${c.label}`).join('\n'));
  }
  if (reply.footer) out.push(style.dim(reply.footer));
  if (reply.visibility === 'private') out.push(style.dim('(only you can see this)'));
  return out.join('\n\n');
}
