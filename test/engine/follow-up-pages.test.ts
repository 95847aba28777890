// Follow-ups asked on their own page (x-page): the view model marks them where they sit and lists the
// section's pages, open or not, for the journey to step through; nothing about the answers changes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel, checkAnswers } from '../../engine/node.ts';
import { checkDefinition } from '../../engine/check/index.ts';
import { fixtureVariant, loadDefinition, newRecord, save } from './helpers.ts';

const paged = fixtureVariant('1.1.0', (d) => {
  d.properties.safety.allOf[0].then['x-page'] = { title: 'About the aggression', description: 'Tell us what happened.' };
});

test('the fixture with a page passes the checker', () => {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  definition.properties.safety.allOf[0].then['x-page'] = { title: 'About the aggression' };
  assert.equal(checkDefinition(definition), []);
});

test('a page is listed closed until its answer opens it; its follow-ups are marked with its key under the choice', () => {
  let record = newRecord(paged);
  let safety = buildViewModel(paged, record).sections[0]!;
  assert.equal(safety.pages.map((p) => [p.key, p.title, p.description, p.opener, p.open]),
    [['aggressionDetails', 'About the aggression', 'Tell us what happened.', '/safety/aggressive', false]]);
  assert.equal(safety.pages[0]!.questions.map((q) => [q.key, q.page]), [['aggressionDetails', 'aggressionDetails'], ['armed', 'aggressionDetails']]);
  const yes = safety.questions.find((q) => q.key === 'aggressive')!.choices!.find((c) => c.value === 'yes')!;
  assert.equal(yes.followUps.map((q) => q.page), ['aggressionDetails', 'aggressionDetails'], 'still under Yes, for check answers and print');
  record = save(paged, record, 'safety', { aggressive: 'yes' });
  safety = buildViewModel(paged, record).sections[0]!;
  assert.is(safety.pages[0]!.open, true, 'Yes opens the page');
  const nested = safety.pages[0]!.questions.find((q) => q.key === 'armed')!.choices!.find((c) => c.value === 'yes')!.followUps;
  assert.equal(nested.map((q) => [q.key, q.page]), [['armedWith', undefined]], 'a follow-up of a follow-up shows on the same page, under its answer');
  assert.equal(buildViewModel(paged, record).sections[1]!.pages, [], 'a section without x-page has no pages');
});

test('x-page changes no answer rule: the same answers are missing with and without it', () => {
  const plain = fixtureVariant('1.0.9', () => {});
  const answers = { safety: { aggressive: 'yes', supervision: 'low' } };
  const rules = (f: typeof plain) => checkAnswers(f, answers).incomplete.map((e) => e.pointer);
  assert.equal(rules(paged), rules(plain));
  assert.ok(rules(paged).includes('/safety/aggressionDetails'));
});

test.run();
