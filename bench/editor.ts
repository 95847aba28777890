/**
 * `npm run bench:editor`: how long the definition editor takes, in Chromium, from a keystroke in the
 * JSON view (or a change in the structured view) until the live preview shows it, on PER 2.0.0 (the
 * largest real form) against SASH 1.0.0 (a small one) in the same run. The budget is 100 ms.
 * Each row is the median and 90th percentile of ROUNDS changes.
 */
import type { Page } from 'playwright-core';
import { apiAs, launchChromium, logIn, openPage, startServer } from '../test/browser/support.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const BUDGET_MS = 100;

/**
 * Starts watching: the returned function resolves with the milliseconds from the next `trigger` event
 * until the preview's title ends with `suffix`. The watch is in place before this resolves.
 */
async function watchNextChange(page: Page, trigger: 'keydown' | 'change', suffix: string): Promise<() => Promise<number>> {
  await page.evaluate(([trigger, suffix]) => {
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    (window as unknown as { benchTiming: Promise<number> }).benchTiming = new Promise<number>((resolve) => {
      let start = 0;
      const observer = new MutationObserver(() => {
        if (start && (document.querySelector('form-preview h2.govuk-heading-l')?.textContent ?? '').endsWith(suffix)) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.querySelector('form-preview')!, { subtree: true, childList: true, characterData: true });
      document.addEventListener(trigger, () => { start ||= performance.now(); }, { capture: true, once: true });
    });
  }, [trigger, suffix] as const);
  return () => page.evaluate(() => (window as unknown as { benchTiming: Promise<number> }).benchTiming);
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]! };
};

async function measure(url: string, page: Page, form: string, version: string) {
  const policy = await apiAs(url, 'policy');
  const draft = await policy.post('/drafts', { from: { form, version } });
  await page.goto(`${url}/editor/drafts/${draft.id as string}`);
  await page.locator('form-preview h2.govuk-heading-l').waitFor({ timeout: 60_000 });
  const title = (await page.locator('form-preview h2.govuk-heading-l').innerText()).trim();

  // The structured view: the form title changed and left (a change event).
  const structured: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const next = `${title} s${i}`;
    const timing = await watchNextChange(page, 'change', next);
    await page.fill('#form-title', next);
    await page.press('#form-title', 'Tab');
    structured.push(await timing());
  }

  // The JSON view: one character typed at the end of the title's value.
  await page.click('button:has-text("JSON")');
  await page.locator('.cm-content').waitFor();
  await page.locator('.cm-line', { hasText: `"title": "${title} s${ROUNDS - 1}"` }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const json: number[] = [];
  let typed = `${title} s${ROUNDS - 1}`;
  for (let i = 0; i < ROUNDS; i++) {
    const letter = String.fromCharCode(97 + (i % 26));
    typed += letter;
    const timing = await watchNextChange(page, 'keydown', typed);
    await page.keyboard.type(letter);
    json.push(await timing());
  }
  return { structured: stats(structured), json: stats(json) };
}

const server = await startServer();
const browser = await launchChromium();
try {
  const { page } = await openPage(browser);
  page.context().setDefaultTimeout(30_000);
  await logIn(page, server.url, 'policy', '/editor');
  const small = await measure(server.url, page, 'sash', '1.0.0');
  const large = await measure(server.url, page, 'per', '2.0.0');
  const rows = [
    { change: 'structured view: form title', sash: small.structured, per: large.structured },
    { change: 'JSON view: one keystroke', sash: small.json, per: large.json },
  ];
  console.log(`Preview re-rendered after a change (${ROUNDS} rounds each; budget ${BUDGET_MS} ms on per 2.0.0)`);
  console.table(rows.map((r) => ({
    change: r.change,
    'sash 1.0.0 median ms': Math.round(r.sash.median),
    'per 2.0.0 median ms': Math.round(r.per.median),
    'per 2.0.0 p90 ms': Math.round(r.per.p90),
    'per / sash': (r.per.median / r.sash.median).toFixed(2),
    'per median / budget': (r.per.median / BUDGET_MS).toFixed(2),
  })));
} finally {
  await browser.close();
  await server.close();
}
