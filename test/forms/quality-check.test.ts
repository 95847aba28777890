// The quality-check rubric (forms/quality-check.json names it): a form like any other, checked and
// compiled by the engine, scored only by the roles with the reports privilege, and its complete fixture passes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDefinition } from '../../engine/check/index.ts';
import { checkAnswers, compileForm, sectionStatuses } from '../../engine/node.ts';
import type { Answers } from '../../engine/types.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { definitionFiles, fixtureAnswers, qualityCheck, rollout } from './load.ts';

const settings = qualityCheck();
const versions = definitionFiles().filter((f) => f.form === settings.rubric);

test('the rubric and every sampled form are in the rollout, and the rubric has a version', () => {
  assert.ok(versions.length > 0, `forms/${settings.rubric}/ holds a version`);
  for (const form of [settings.rubric, ...settings.forms]) assert.ok(rollout().forms[form], `${form} is in rollout.json`);
});

for (const { form, version, definition } of versions) {
  const id = `${form}/${version}`;
  const compiled = compileForm(definition);
  const readsReports = (role: string) => mayDo({ roles: [role] }, 'reports');

  test(`${id}: no definition problem; only roles that read reports edit or confirm it`, () => {
    assert.equal(checkDefinition(definition), []);
    for (const section of compiled.model.sections) assert.ok(section.editRoles.every(readsReports), `${section.key}: ${section.editRoles}`);
    assert.ok(compiled.model.settings.confirmRoles.every(readsReports));
  });

  test(`${id}: the complete fixture passes; leaving out any mandatory answer is refused with the definition's message`, () => {
    const complete = fixtureAnswers(form, version) as Answers;
    assert.equal(checkAnswers(compiled, complete), { invalid: [], incomplete: [] });
    for (const section of compiled.model.sections) {
      assert.is(sectionStatuses(compiled, complete, checkAnswers(compiled, complete))[section.key], 'complete');
      for (const key of section.required) {
        const answers = structuredClone(complete);
        delete answers[section.key]![key];
        const missing = checkAnswers(compiled, answers).incomplete;
        assert.equal(missing.map((e) => e.pointer), [`/${section.key}/${key}`]);
        assert.match(missing[0]!.message, /^Select /);
      }
    }
  });
}

test.run();
