/**
 * Waits for a condition instead of a fixed time: resolves as soon as `condition()` holds, and fails
 * naming `what` if it has not held within `timeoutMs` (a generous bound; a passing test never waits it).
 */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
