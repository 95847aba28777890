/**
 * npm run bench:render — how fast <form-record> renders a full `per` 2.0.0 record in Chromium, and how
 * long from a keystroke to its validation feedback on screen. Prints medians against the targets
 * (first render under 100 ms, keystroke under 16 ms).
 */
import type { Page } from 'playwright-core';
import { launchChromium, logIn, openPage, seedConfirmedPerRecord, startServer } from '../test/browser/support.ts';
import { buildComponents } from '../web-components/build.ts';

const RUNS = 25;
const KEYSTROKES = 100;
function seedRecord(url: string, moveId: string, confirm: boolean): Promise<string> {
  return seedConfirmedPerRecord(url, { id: `B${moveId}`, name: 'Bench Person', dateOfBirth: '1985-01-01' },
    { id: moveId, from: 'WIN', to: 'SOTPIC', date: '2026-12-14' }, { confirm });
}

/** Mounts a fresh <form-record> and times it until `selector` is rendered and laid out (data already cached). */
async function timeMount(page: Page, recordId: string, selector: string): Promise<number> {
  return page.evaluate(async ({ recordId, selector }) => {
    document.querySelector('form-record')?.remove();
    const element = document.createElement('form-record');
    element.setAttribute('api', '/api');
    element.setAttribute('record-id', recordId);
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (element.querySelector(selector)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(element, { childList: true, subtree: true });
    });
    const start = performance.now();
    document.querySelector('main')!.append(element);
    await done;
    void document.body.offsetHeight; // force style and layout, so the time includes them
    return performance.now() - start;
  }, { recordId, selector });
}

/** Types into the first seal number box, alternating a valid and an invalid value, timing input -> feedback laid out. */
async function timeKeystrokes(page: Page): Promise<number[]> {
  return page.evaluate(async (count) => {
    const element = document.querySelector('form-record') as HTMLElement & { updateComplete: Promise<unknown> };
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const input = element.querySelector<HTMLInputElement>('input[id$="-sealNumber-input"]')!;
      const start = performance.now();
      input.value = i % 2 === 0 ? 'PB 223344' : 'PB223344';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ' ' }));
      await element.updateComplete;
      const shown = Boolean(input.closest('.govuk-form-group')?.querySelector('.govuk-error-message'));
      void document.body.offsetHeight;
      times.push(performance.now() - start);
      if (shown !== (i % 2 === 0)) throw new Error(`validation feedback did not follow keystroke ${i}`);
    }
    return times;
  }, KEYSTROKES);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const server = await startServer();
const browser = await launchChromium();
try {
  const draftId = await seedRecord(server.url, 'BENCH-DRAFT', false);
  const confirmedId = await seedRecord(server.url, 'BENCH-LOCKED', true);
  const { page } = await openPage(browser);
  await logIn(page, server.url, 'prison', `/records/${draftId}`);
  await page.waitForSelector('.govuk-task-list');

  const rows: { what: string; median: number; target: number; runs: number }[] = [];
  const measure = async (what: string, recordId: string, selector: string, target: number) => {
    await timeMount(page, recordId, selector); // warm: definition, validator module and bundle cached
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeMount(page, recordId, selector));
    rows.push({ what, median: median(times), target, runs: RUNS });
  };
  await measure('first render: task list of the full record (incl. API fetch)', draftId, '.govuk-task-list', 100);
  await measure('first render: confirmed record, every answer (incl. API fetch)', confirmedId, '.govuk-summary-list', 100);

  await timeMount(page, draftId, '.govuk-task-list');
  const sectionTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sectionTimes.push(await page.evaluate(async () => {
      const element = document.querySelector('form-record') as HTMLElement & { updateComplete: Promise<unknown>; openSection(key: string): void; go(screen: string): void };
      element.go('tasks');
      await element.updateComplete;
      const start = performance.now();
      element.openSection('risk');
      await element.updateComplete;
      void document.body.offsetHeight;
      return performance.now() - start;
    }));
  }
  rows.push({ what: 'open the Risk section (all questions, prefilled answers)', median: median(sectionTimes), target: 100, runs: RUNS });

  await page.evaluate(() => (document.querySelector('form-record') as HTMLElement & { openSection(key: string): void }).openSection('property'));
  await page.waitForSelector('input[id$="-sealNumber-input"]');
  const keystrokes = await timeKeystrokes(page);
  rows.push({ what: 'keystroke to validation feedback (Property, seal number)', median: median(keystrokes), target: 16, runs: KEYSTROKES });

  console.log('\n<form-record> in Chromium, per 2.0.0 (median of runs)\n');
  console.log('| measurement | runs | median ms | target ms | median / target |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.what} | ${row.runs} | ${row.median.toFixed(2)} | ${row.target} | ${(row.median / row.target).toFixed(2)} |`);
  }
  const bundle = await buildComponents();
  console.log(`\nbundle /components/form-engine.js: ${bundle.bytes} bytes (${bundle.gzipBytes} gzipped)`);
} finally {
  await browser.close();
  await server.close();
}
