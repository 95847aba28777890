// List wording is data: the view model carries the definition's item noun, and counts, "Add …" and
// messages use it; a list without one is worded with "item", never "a officer" or "2 officer".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel, countOf, displayValue, oneOf } from '../../engine/node.ts';
import { fixtureVariant, newRecord } from './helpers.ts';

/** Every list question anywhere in a definition (sections, follow-ups, list items). */
function listsIn(node: any): any[] {
  if (typeof node !== 'object' || node === null) return [];
  return [...(node['x-kind'] === 'list' ? [node] : []), ...Object.values(node).flatMap(listsIn)];
}

function listOf(form: ReturnType<typeof fixtureVariant>) {
  const view = buildViewModel(form, newRecord(form));
  const all = view.sections.flatMap((s) => s.questions.flatMap((q) => [q, ...q.followUps, ...(q.choices ?? []).flatMap((c) => c.followUps)]));
  return all.find((q) => q.list)!;
}

test('the definition names the items: "an officer", "1 officer", "2 officers"', () => {
  const form = fixtureVariant('9.3.0', (d) => {
    for (const q of listsIn(d)) Object.assign(q['x-list'], { itemTitle: 'Officer', itemNoun: 'officer', itemNounPlural: 'officers', itemArticle: 'an' });
  });
  const list = listOf(form).list!;
  assert.equal(list.noun, { singular: 'officer', plural: 'officers', article: 'an' });
  assert.is(oneOf(list.noun), 'an officer');
  assert.is(countOf(1, list.noun), '1 officer');
  assert.is(countOf(2, list.noun), '2 officers');
  const question = [...form.model.sections.flatMap((s) => [...s.byKey.values()])].find((q) => q.list)!;
  assert.is(displayValue(question, [{}, {}]), '2 officers');
});

test('a list that does not name its items is worded with "item"', () => {
  const form = fixtureVariant('9.4.0', (d) => {
    for (const q of listsIn(d)) q['x-list'] = { itemTitle: q['x-list'].itemTitle, ...(q['x-list'].itemKey ? { itemKey: q['x-list'].itemKey } : {}) };
  });
  const list = listOf(form).list!;
  assert.is(oneOf(list.noun), 'an item');
  assert.is(countOf(3, list.noun), '3 items');
});

test.run();
