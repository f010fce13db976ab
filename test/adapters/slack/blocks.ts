/** Block Kit helpers: what a member would see in a message. */
export type Blocks = Array<Record<string, unknown>>;

export function blocksOf(message: Record<string, unknown>): Blocks {
  return (message.blocks as Blocks | undefined) ?? [];
}

export function buttons(message: Record<string, unknown>): Array<{ action_id: string; value: string; text: string }> {
  return blocksOf(message)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements as Array<{ action_id: string; value: string; text: { text: string } }>))
    .map((e) => ({ action_id: e.action_id, value: e.value, text: e.text.text }));
}

/** All the text a member reads in a message's blocks, joined by newlines. */
export function visible(message: Record<string, unknown>): string {
  const texts: string[] = [];
  for (const block of blocksOf(message)) {
    const text = block.text as { text?: string } | undefined;
    if (text?.text) texts.push(text.text);
    for (const f of (block.fields as Array<{ text: string }> | undefined) ?? []) texts.push(f.text);
    for (const e of (block.elements as Array<{ text?: string | { text: string } }> | undefined) ?? []) {
      if (typeof e.text === 'string') texts.push(e.text);
      else if (e.text?.text) texts.push(e.text.text);
    }
  }
  return texts.join('\n');
}
