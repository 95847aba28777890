import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { createAjv } from '../../engine/ajv.ts';
import { checkDefinition } from '../../engine/check/index.ts';
import { cases, example, parts } from '../fixtures/check/broken-examples.ts';
import { formEngine, tempFolder } from './cli-helpers.ts';

const doc = readFileSync(new URL('../../docs/definitions.md', import.meta.url), 'utf8');

/** The body of one "## Heading" section of the doc, up to the next heading of the same level. */
function docSection(heading: string): string {
  const start = doc.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `docs/definitions.md has a "${heading}" section`);
  const level = heading.split(' ')[0];
  const next = doc.indexOf(`\n${level} `, start + heading.length);
  return doc.slice(start, next < 0 ? undefined : next);
}

function jsonBlocks(text: string): unknown[] {
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
}

const [definitionInDoc, recordInDoc] = jsonBlocks(docSection('## A complete worked example'));

test('the worked example in the doc is docs/examples/escort-check/1.0.0.json', () => {
  assert.equal(definitionInDoc, example);
});

test('the worked example has no problems', () => {
  assert.equal(checkDefinition(definitionInDoc), []);
});

test('the record in the doc answers the worked example', () => {
  const validate = createAjv().compile(example);
  assert.ok(validate(recordInDoc), JSON.stringify(validate.errors));
});

test('every message the doc lists is what the checker reports, at the pointer it shows', () => {
  const rows = docSection('### What `form-engine validate` reports').split('\n')
    .filter((line) => line.startsWith('| ') && line.endsWith('` |'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |^`|`$|` \|$/g, '')));
  assert.ok(rows.length >= 40, `found ${rows.length} rows`);
  const reported = cases.flatMap((c) => {
    const copy = structuredClone(example);
    c.mutate(parts(copy));
    return checkDefinition(copy);
  });
  for (const [, pointerCell, message] of rows) {
    assert.ok(pointerCell.startsWith('#'), `pointers are shown as in the output, after "#": ${pointerCell}`);
    const pointer = pointerCell.slice(1);
    assert.ok(reported.some((p) => p.pointer === pointer && p.message === message), `not reported: ${pointer}: ${message}`);
  }
});

test('the sample output in the doc is what form-engine validate prints for the example with "title" misspelt "titel"', () => {
  const section = docSection('### What `form-engine validate` reports');
  const sample = /with the worked example's `title`\nmisspelt `titel`:\n\n```text\n([\s\S]*?)```/.exec(section);
  assert.ok(sample, 'the doc shows the sample');
  // Renamed in place, as an author's typo would be.
  const misspelt = Object.fromEntries(Object.entries(example).map(([k, v]) => [k === 'title' ? 'titel' : k, v]));
  const run = formEngine(tempFolder({ 'forms/escort-check/1.0.0.json': misspelt }), 'validate', 'forms');
  assert.is(run.stdout, sample![1]);
});

test('the doc tells authors about every question kind', () => {
  const kinds = docSection('### Question kinds');
  for (const kind of ['yesNo', 'singleChoice', 'multipleChoice', 'text', 'longText', 'number', 'date', 'dateTime', 'list']) {
    assert.match(kinds, `| \`${kind}\` |`);
  }
});

test.run();
