/** Two policy users' pages on one server, for the four-eyes flows (one proposes, the other approves). */
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, startServer, type Running, type WatchedPage } from './support.ts';

export interface PolicyPair { server: Running; browser: Browser; policy: WatchedPage; policy2: WatchedPage }

/** Starts the server and Chromium, and opens each user's sign-in page in its language (`?lang=`). */
export async function openPolicyPair(s: PolicyPair, languages: readonly [string, string]): Promise<void> {
  s.server = await startServer();
  s.browser = await launchChromium();
  [s.policy, s.policy2] = await Promise.all([openPage(s.browser), openPage(s.browser)]);
  for (const [i, watched] of [s.policy, s.policy2].entries()) {
    watched.context.setDefaultTimeout(15_000);
    await watched.page.goto(`${s.server.url}/login?lang=${languages[i]}`);
  }
}

export async function closePolicyPair(s: Partial<PolicyPair>): Promise<void> {
  await s.browser?.close();
  await s.server?.close();
}
