// A list opened by a carried-over answer is carried with it, in every form version in forms/: a new record
// never says "Yes, they take medication" above an empty list.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exampleAnswersFor } from '../../engine/example/index.ts';
import { prefillAnswers } from '../../engine/node.ts';
import type { GroupModel, QuestionModel } from '../../engine/model.ts';
import { confirmed, form, newRecord } from './lifecycle.ts';
import { definitionFiles } from './load.ts';

/** Every list question declared in a follow-up whose condition tests a prefilled question, with its section. */
function listsOpenedByCarriedAnswers(group: GroupModel, section: string): { section: string; list: QuestionModel; openers: string[] }[] {
  return group.rules.flatMap((rule) => {
    const openers = rule.condition.tests.map((t) => t.key).filter((key) => group.byKey.get(key)?.prefill);
    const lists = openers.length ? rule.then.questions.filter((q) => q.kind === 'list').map((list) => ({ section, list, openers })) : [];
    return [...lists, ...listsOpenedByCarriedAnswers({ ...rule.then, byKey: group.byKey }, section)];
  });
}

let checked = 0;
for (const { form: name, version } of definitionFiles()) {
  const compiled = form(name, version);
  const opened = compiled.model.sections.flatMap((s) => listsOpenedByCarriedAnswers(s, s.key));
  if (!opened.length) continue;
  test(`${name} ${version}: a list opened by a carried-over answer is carried with it`, () => {
    const answers = exampleAnswersFor(compiled.model, { today: '2026-11-23' });
    const old = confirmed(compiled, answers, 'old', '2026-11-23T08:30:00Z');
    const record = newRecord(compiled, 'new', '2026-12-05T08:00:00Z', prefillAnswers(compiled, [{ record: old, form: compiled }]));
    for (const { section, list, openers } of opened) {
      if (!openers.every((key) => old.answers[section]?.[key] !== undefined)) continue;
      assert.ok(openers.every((key) => record.answers[section]?.[key] !== undefined), `${openers.join(', ')} carried`);
      const items = record.answers[section]?.[list.key];
      assert.ok(Array.isArray(items) && items.length === (old.answers[section]![list.key] as unknown[]).length,
        `${section}/${list.key} is carried with the answer that opens it (${openers.join(', ')})`);
      assert.ok(record.prefill[`/${section}/${list.key}`]?.needsReview, `${list.key} awaits review like its opener`);
      checked++;
    }
  });
}

test('some form in forms/ has a list opened by a carried-over answer, so the checks above ran', () => {
  assert.ok(checked > 0);
});

test.run();
