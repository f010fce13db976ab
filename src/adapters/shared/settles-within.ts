/**
 * True if `work` settled (either way) within `ms`; false if not, and it is left behind. For stopping
 * things that may hang (a gateway shard, a client destroy) without letting them hold up a shutdown.
 */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([work.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
