/**
 * A small BM25 index over short texts, with exact terms only. The scenario matcher ranks a pasted
 * question against every proven stem on each lookup; MiniSearch spent 1 to 2.5 ms a query on that
 * (it processes fields, fuzzy options and match details we do not use), this spends a few dozen
 * microseconds, which keeps the whole lookup under its 1 ms goal.
 */
const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private averageLength = 0;

  constructor(docs: readonly { id: string; terms: readonly string[] }[]) {
    for (const [doc, { id, terms }] of docs.entries()) {
      this.ids.push(id);
      this.lengths.push(terms.length);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, tf });
        this.postings.set(term, list);
      }
    }
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  /** Documents sharing a term with the query, best first, with their BM25 scores. */
  search(terms: readonly string[]): { id: string; score: number }[] {
    const n = this.ids.length;
    const scores = new Float64Array(n);
    const touched: number[] = [];
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        if (scores[doc] === 0) touched.push(doc);
        const norm = tf + K1 * (1 - B + (B * (this.lengths[doc] ?? 0)) / this.averageLength);
        scores[doc] = (scores[doc] ?? 0) + (idf * tf * (K1 + 1)) / norm;
      }
    }
    return touched.map((doc) => ({ id: this.ids[doc] ?? '', score: scores[doc] ?? 0 })).sort((a, b) => b.score - a.score);
  }
}
