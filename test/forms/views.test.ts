// What staff see of the real forms: a complete record can be confirmed; on forms with a red flag page
// every alert raised by the answers is on it and must be acknowledged at handover; bags print in seal order.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel, exampleAnswers, recordHandover } from '../../engine/node.ts';
import type { Answers, QuestionView } from '../../engine/types.ts';
import { confirmed, confirmer, definitionOf, filled, form, staff } from './lifecycle.ts';
import { definitionFiles, fixtureAnswers } from './load.ts';
import { allQuestions } from './walk.ts';

/** Labels of the alert flags the definition raises for these answers, found by walking the definition. */
function expectedAlerts(definition: Record<string, any>, answers: Answers): string[] {
  const labels: string[] = [];
  for (const q of allQuestions(definition)) {
    const section = answers[q.section] ?? {};
    const values = q.list ? ((section[q.list] ?? []) as Record<string, unknown>[]).map((item) => item[q.key]) : [section[q.key]];
    for (const value of values) {
      for (const flag of q.schema['x-flags'] ?? []) {
        const raised = flag.values.some((v: unknown) => (Array.isArray(value) ? value.includes(v) : value === v));
        if (raised && flag.level === 'alert') labels.push(flag.label);
      }
    }
  }
  return labels.sort();
}

/** A question anywhere in a view: at the top, or as a follow-up under a choice or after its question. */
function findQuestion(questions: QuestionView[], key: string): QuestionView | undefined {
  for (const q of questions) {
    if (q.key === key) return q;
    const nested = [...q.followUps, ...(q.choices ?? []).flatMap((c) => c.followUps)];
    const found = findQuestion(nested, key);
    if (found) return found;
  }
  return undefined;
}

const handover = {
  dispatchingOfficer: { name: 'Amrit Patel', identifier: 'WIN-4471' },
  receivingOfficer: { name: 'Jo Bennett', identifier: 'SERCO-20931' },
  receivingOrganisation: 'Serco',
  at: '2026-12-05T09:15:00Z',
};

for (const { form: name, version } of definitionFiles()) {
  const id = `${name}/${version}`;
  const compiled = form(name, version);
  const definition = definitionOf(compiled);
  const answers = exampleAnswers(definition) as Answers;
  const redFlagPage = definition['x-form'].redFlagPage === true;

  test(`${id}: the complete record shows every section complete and nothing blocking confirmation`, () => {
    const view = buildViewModel(compiled, filled(compiled, answers, 'r1', '2026-12-05T08:00:00Z'), { roles: confirmer(compiled).roles });
    assert.equal(view.confirmBlockers, []);
    assert.equal(view.sections.map((s) => [s.key, s.status]), Object.keys(definition.properties).map((k) => [k, 'complete']));
    assert.is(view.form.redFlagPage, redFlagPage);
    assert.equal(view.form.eventTypes, definition['x-form'].eventTypes ?? []);
  });

  if (!redFlagPage) continue;
  test(`${id}: every alert raised by the answers is on the red flag page and is signed for at handover`, () => {
    const record = confirmed(compiled, answers, 'r1', '2026-12-05T08:00:00Z');
    const entryRoles = definition['x-form'].entryRoles;
    const view = buildViewModel(compiled, record, { roles: entryRoles });
    const expected = expectedAlerts(definition, answers);
    assert.equal(view.redFlags.filter((f) => f.source === 'answer').map((f) => f.risk).sort(), expected);

    const unsigned = recordHandover(compiled, record, handover, { user: 'jo.bennett', roles: entryRoles }, handover.at);
    assert.is(unsigned.ok, view.redFlags.length === 0, 'a handover that does not acknowledge the red flags is refused');
    const acknowledgements = view.redFlags.map((f) => ({ entryId: f.id, name: 'Jo Bennett', at: handover.at }));
    const signed = recordHandover(compiled, record, { ...handover, acknowledgements }, { user: 'jo.bennett', roles: entryRoles }, handover.at);
    assert.ok(signed.ok, JSON.stringify(!signed.ok && signed.refusal));
  });
}

test('per/1.0.0 has no red flag page: a handover needs no acknowledgements', () => {
  const compiled = form('per', '1.0.0');
  const record = confirmed(compiled, fixtureAnswers('per', '1.0.0') as Answers, 'r1', '2026-12-05T08:00:00Z');
  assert.ok(recordHandover(compiled, record, handover, staff.prison, handover.at).ok);
});

test('the print view lists property bags in order of seal number, labelled by it', () => {
  const compiled = form('per', '1.0.0');
  const answers = fixtureAnswers('per', '1.0.0') as Answers;
  assert.equal((answers.property!.bags as { sealNumber: string }[]).map((b) => b.sealNumber), ['PB123457', 'PB123456'], 'entered out of order');
  const view = buildViewModel(compiled, confirmed(compiled, answers, 'r1', '2026-12-05T08:00:00Z'), { omitUnanswered: true });
  const bags = findQuestion(view.sections.find((s) => s.key === 'property')!.questions, 'bags')!;
  assert.equal(bags.list!.items.map((i) => i.label), ['Bag PB123456', 'Bag PB123457']);
});

test.run();
