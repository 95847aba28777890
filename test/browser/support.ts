/**
 * Browser tests: a real server (embedded store in a temp dir, the forms in forms/) on 127.0.0.1 with a
 * random port, and Debian's Chromium driven by playwright-core. Pages record CSP violations and errors.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import type { FormsRegistry } from '../../server/forms-registry.ts';
import { openFormsRegistry } from '../../server/definitions/store-registry.ts';
import { openStore } from '../../server/store/index.ts';
import { ensureDemoAccounts } from '../../server/auth/demo-accounts.ts';
import { formsDir } from '../forms/load.ts';
import type { Store } from '../../server/store/types.ts';
import type { FormRecord, Move, Person } from '../../engine/types.ts';
import { FIXED_DATES_WINDOW } from '../server/support/server.ts';
import { addDays, dateIn } from '../../engine/index.ts';

/** The date `days` from today in the UK: records can only be started for moves today or later. */
export const inDays = (days: number): string => addDays(dateIn(new Date()), days);

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The forms folder under test: FORMS_DIR when set, as for the form and server tests. */
export { formsDir };
export const screenshotDir = join(root, 'test/output/screenshots');

export interface Running {
  url: string;
  store: Store;
  forms: FormsRegistry;
  close(): Promise<void>;
}

export async function startServer(): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'per-browser-'));
  const config = { ...configFromEnv({ DATA_DIR: dataDir, FORMS_DIR: formsDir, LOG_LEVEL: 'silent', ...FIXED_DATES_WINDOW }), host: '127.0.0.1', port: 0 };
  const store = await openStore({ dataDir });
  const forms = await openFormsRegistry(store, config.formsDir);
  await ensureDemoAccounts(store, forms.locations);
  const app = createApp({ store, forms, config });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, store, forms,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that remembers every console error and CSP violation, for asserting there were none. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

export async function openPage(browser: Browser, options: { bypassCSP?: boolean; serviceWorkers?: 'allow' | 'block' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false, serviceWorkers: options.serviceWorkers ?? 'allow', viewport: { width: 1100, height: 900 }, timezoneId: 'Europe/London' });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A refused request (409 conflict, 422 invalid) is the API answering as designed, not a page fault.
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

export async function logIn(page: Page, url: string, username: string, next = '/records'): Promise<void> {
  await page.goto(`${url}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#username', username);
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${url}${next}`), page.click('button[type=submit]')]);
}

/** Types an ISO date into the GOV.UK date input whose fieldset is labelled `label`. */
export async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  const group = page.getByRole('group', { name: label, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year!);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.2 A and AA rules) on the page as it is now. The script goes in through the
 * DevTools protocol, which the page's CSP does not govern, so the page keeps its real CSP.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** A signed-in API caller for seeding records, as another member of staff would through the API. */
export async function apiAs(url: string, username: string) {
  const login = await fetch(`${url}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }),
  });
  if (login.status !== 201) throw new Error(`login as ${username}: ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/api${path}`, {
      method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
  };
}

const perFixture = JSON.parse(readFileSync(join(root, 'test/fixtures/records/per-2.0.0.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const PER_SECTIONS_BY_ROLE = { prison: ['risk', 'sash', 'offence', 'property'], healthcare: ['health'] } as const;

/** A `per` 2.0.0 record filled with the fixture answers through the API by prison and healthcare staff, then (unless told not to) confirmed. */
export async function seedConfirmedPerRecord(url: string, person: Person, move: Omit<Move, 'type'> & { type?: string }, options: { confirm?: boolean } = {}): Promise<string> {
  const prison = await apiAs(url, 'prison');
  const clients = { prison, healthcare: await apiAs(url, 'healthcare') };
  const record = (await prison.post('/records', { form: 'per', person, move: { type: 'court', ...move } })) as unknown as FormRecord;
  let revision = record.revision;
  for (const role of ['prison', 'healthcare'] as const) {
    for (const section of PER_SECTIONS_BY_ROLE[role]) {
      const saved = await clients[role].patch(`/records/${record.id}/sections/${section}`, { answers: perFixture[section], revision });
      revision = (saved.record as FormRecord).revision;
    }
  }
  if (options.confirm ?? true) await prison.post(`/records/${record.id}/confirm`, {});
  return record.id;
}
