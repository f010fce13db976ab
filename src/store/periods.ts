/** Time helpers the stores' history queries share. (Board weeks and months: src/core/quiz/board-periods.ts.) */

/** Period boundaries a history query can use: at least two, strictly ascending, all real instants. */
export function usableBoundaries(boundaries: readonly Date[]): boolean {
  return boundaries.length >= 2 && boundaries.every((b, i) => !Number.isNaN(b.getTime()) && (i === 0 || b.getTime() > (boundaries[i - 1]?.getTime() ?? Infinity)));
}

/**
 * The local dates of daily questions whose answers can fall between two instants: an answer comes
 * within a day of its question (the reveal is at most 23 hours later), and a local date is within a
 * day of the UTC one, so three days of margin before and one after are always enough.
 */
export function postDatesFor(from: Date, to: Date): { first: string; last: string } {
  const day = 86_400_000;
  return { first: new Date(from.getTime() - 3 * day).toISOString().slice(0, 10), last: new Date(to.getTime() + day).toISOString().slice(0, 10) };
}
