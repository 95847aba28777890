// Entry fields are data: every text field forms/entries.json declares is checked by the engine with the
// limit and wording written there, and the API's body schema (and so OpenAPI) is the same schema.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCancel, readEvent, readHandover, readRedFlag } from '../../engine/entries.ts';
import { entryBodySchema, entryFieldIn, type EntryKind } from '../../engine/entry-fields.ts';
import { createTranslator, ENGLISH, type Translate } from '../../engine/node.ts';
import { bodySchemas, PLAIN_NAME_PATTERN, PLAIN_TEXT_PATTERN } from '../../server/schemas/bodies.ts';

const data = JSON.parse(readFileSync(fileURLToPath(new URL('../../forms/entries.json', import.meta.url)), 'utf8'));
const NOW = '2025-03-03T14:20:00Z';
const locale = (lang: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../forms/locales/${lang}/engine.json`, import.meta.url)), 'utf8')).messages;
const WELSH = createTranslator('cy', locale('cy'), locale('en'));
const readers: Record<EntryKind, (input: unknown, t?: Translate) => { errors: { field: string; message: string }[] }> = {
  handover: (input, t) => readHandover(input, NOW, t),
  event: (input, t) => readEvent(input, [{ const: 'note', title: 'Note' }], NOW, t),
  redFlag: (input, t) => readRedFlag(input, NOW, t),
  cancel: (input, t) => readCancel(input, t),
};

/** Every text field (not a date-time, nor the device's uuid, which the API's schema checks) of an entry, as a path: ["dispatchingOfficer", "name"], ["acknowledgements", "role"]. */
function textFields(node: any, path: string[] = []): string[][] {
  if (node.type === 'array') return textFields(node.items, path);
  if (node.type === 'object') return Object.entries(node.properties).flatMap(([key, child]) => textFields(child, [...path, key]));
  return node.format === 'date-time' || node.format === 'uuid' ? [] : [path];
}

/** An input with `value` at `path` (a list's path goes through its first item). */
function inputWith(kind: EntryKind, path: string[], value: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  let schema = data[kind];
  for (const key of path.slice(0, -1)) {
    schema = schema.properties[key];
    const child: Record<string, unknown> = {};
    node[key] = schema.type === 'array' ? [child] : child;
    if (schema.type === 'array') schema = schema.items;
    node = child;
  }
  node[path.at(-1)!] = value;
  return root;
}

for (const kind of Object.keys(readers) as EntryKind[]) {
  test(`${kind}: each text field over its limit in forms/entries.json is refused with the wording written there, in English and in Welsh`, () => {
    const fields = textFields(data[kind]);
    assert.ok(fields.length > 0);
    for (const path of fields) {
      const words = entryFieldIn(ENGLISH, kind, ...path);
      const { errors } = readers[kind](inputWith(kind, path, 'x'.repeat(words.maxLength + 1)));
      assert.ok(errors.some((e) => e.message === words.tooLong), `${path.join('.')}: ${JSON.stringify(errors)}`);
      const fits = readers[kind](inputWith(kind, path, 'x'.repeat(words.maxLength))).errors;
      assert.not.ok(fits.some((e) => e.message === words.tooLong), `${path.join('.')} at its limit is accepted`);
      const welsh = entryFieldIn(WELSH, kind, ...path);
      assert.is(welsh.maxLength, words.maxLength);
      assert.match(welsh.tooLong, /^Rhaid i .* fod yn \d+ nod neu lai$/);
      const inWelsh = readers[kind](inputWith(kind, path, 'x'.repeat(words.maxLength + 1)), WELSH).errors;
      assert.ok(inWelsh.some((e) => e.message === welsh.tooLong), `${path.join('.')} in Welsh: ${JSON.stringify(inWelsh)}`);
    }
  });
}

test('the API validates and documents entry bodies with the schemas in forms/entries.json', () => {
  const patterns = { name: PLAIN_NAME_PATTERN, free: PLAIN_TEXT_PATTERN };
  assert.equal(bodySchemas.Handover, entryBodySchema('handover', patterns));
  assert.equal(bodySchemas.Cancel, entryBodySchema('cancel', patterns));
  assert.is((bodySchemas.Event as any).properties.where.pattern, PLAIN_NAME_PATTERN, 'a name field gets the name pattern');
  assert.is((bodySchemas.Event as any).properties.what.maxLength, data.event.properties.what.maxLength);
  assert.not.ok(JSON.stringify(bodySchemas.RedFlag).includes('x-noun'), 'wording keys are not part of the body schema');
});

test.run();
