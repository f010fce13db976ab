/**
 * Resolves once `check` returns something, re-checking whenever the fake calls one of `waiters`;
 * rejects after `ms` so a test fails rather than hangs. Shared by the fake Slack and fake Discord.
 */
export function waitForCheck<T>(waiters: Array<() => void>, what: string, check: () => T | undefined | false | null, ms: number): Promise<T> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      remove();
      reject(new Error(`never saw: ${what}`));
    }, ms);
    const waiter = () => {
      const result = check();
      if (!result) return;
      clearTimeout(timer);
      remove();
      resolve(result);
    };
    const remove = () => {
      const i = waiters.indexOf(waiter);
      if (i >= 0) waiters.splice(i, 1);
    };
    waiters.push(waiter);
  });
}
