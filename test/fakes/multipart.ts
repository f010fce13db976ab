/** One part of a multipart/form-data body: a file's bytes, or a plain field's text. */
export interface FormPart {
  readonly name: string;
  readonly filename?: string;
  readonly contentType?: string;
  readonly data: Buffer;
}

/**
 * Reads a multipart/form-data body the way a server would, with the platform's own parser (undici's
 * Request.formData), so the fakes check what was really sent rather than trusting the client.
 */
export async function parseMultipart(body: Buffer, contentType: string): Promise<FormPart[]> {
  const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
  const parts: FormPart[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') parts.push({ name, data: Buffer.from(value, 'utf8') });
    else parts.push({ name, filename: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return parts;
}

export const isMultipart = (contentType: string | undefined): contentType is string => (contentType ?? '').startsWith('multipart/form-data');
