// Refusals are said by key, so every caller reads them in their language: no route, and no lifecycle or
// entry check of the engine, writes a refusal's message or a field's message as literal English; and
// every key the server names with words('…') is in the default language's locale files and in Welsh.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A message given as a literal string or template: `message: '…'`, `badRequest('…')`, `new HttpError(400, 'code', '…')`, `refuse('kind', '…')`. */
const LITERAL_MESSAGES = [
  /\bmessage: ['"`]/,
  /\b(?:badRequest|forbidden|notFound)\(['"`]/,
  /\bHttpError\(\d+, '[^']*', ['"`]/,
  /\brefuse\('[a-zA-Z]+', ['"`]/,
];

function literalsIn(files: string[]): string[] {
  return files.flatMap((file) => readFileSync(join(root, file), 'utf8').split('\n').flatMap((line, i) =>
    LITERAL_MESSAGES.some((pattern) => pattern.test(line)) ? [`${relative(root, join(root, file))}:${i + 1}: ${line.trim().slice(0, 140)}`] : []));
}

test('no route writes a refusal or field message as literal text', () => {
  assert.equal(literalsIn(tsFiles('server/routes')), []);
});

test('the lifecycle, entry and replay checks of the engine write no message as literal text', () => {
  assert.equal(literalsIn(['engine/lifecycle.ts', 'engine/entries.ts', 'engine/entry-replay.ts', 'engine/entry-fields.ts']), []);
});

test('the literal check finds a literal message when there is one', () => {
  const sample = ["throw badRequest('lang must be given')", "fields.push({ field: 'x', message: `${x} is wrong` })", "new HttpError(409, 'decided', 'Already decided')", "return refuse('locked', 'The record is locked')"];
  for (const line of sample) assert.ok(LITERAL_MESSAGES.some((pattern) => pattern.test(line)), line);
  assert.not.ok(LITERAL_MESSAGES.some((pattern) => pattern.test("throw badRequest(words('api.x'))")));
});

const messagesOf = (lang: string) => Object.assign({}, ...readdirSync(join(root, 'forms/locales', lang)).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'forms/locales', lang, f), 'utf8')).messages)) as Record<string, unknown>;

test('every key the server says with words() is in English and in Welsh', () => {
  const [english, welsh] = [messagesOf('en'), messagesOf('cy')];
  const used = new Set(tsFiles('server').flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\bwords\('([\w.]+)'/g)].map((m) => m[1]!)));
  assert.ok(used.size > 40, `the server names its messages by key (${used.size} found)`);
  assert.equal([...used].filter((key) => english[key] === undefined), [], 'keys missing in English');
  assert.equal([...used].filter((key) => welsh[key] === undefined), [], 'keys missing in Welsh');
});

test.run();
