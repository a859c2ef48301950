/**
 * Runs `work` while a 5 ms timer ticks and measures its longest pause: how long another request
 * would have waited for the event loop meanwhile.
 */
export async function longestPause<T>(
  work: () => Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; longest: number; ticks: number }> {
  let longest = 0;
  let ticks = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    ticks += 1;
  }, 5);
  const [result] = await Promise.allSettled([work()]);
  clearInterval(timer);
  return { result, longest, ticks };
}
