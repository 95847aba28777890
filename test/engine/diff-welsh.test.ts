/**
 * The diff's sentences in Welsh and English from the same definitions: the words come from
 * forms/locales/<lang>/diff.json through the translator, while kinds, pointers and values stay the same.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CHANGE_KINDS, countLines, diffDefinitions, renderDiffMarkdown, renderDiffText, type Change } from '../../engine/diff/index.ts';
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import cyDiff from '../../forms/locales/cy/diff.json' with { type: 'json' };
import cyEngine from '../../forms/locales/cy/engine.json' with { type: 'json' };

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const fixture = (version: string) => read(`test/fixtures/steering/steering-check/${version}.json`);
// No English fallback: a sentence that needed one would show its raw key, and the checks below catch it.
const welsh = createTranslator('cy', { ...cyEngine.messages, ...cyDiff.messages } as Messages);

const english = diffDefinitions(fixture('1.0.0'), fixture('2.0.0'));
const cymraeg = diffDefinitions(fixture('1.0.0'), fixture('2.0.0'), welsh);
const sentence = (diff: typeof english, kind: string, question?: string) => diff.changes.find((c: Change) => c.kind === kind && c.question === question)?.sentence;

test('the Welsh diff finds the same changes, at the same pointers, as the English', () => {
  const facts = ({ kind, section, question, questionTitle, pointers }: Change) => ({ kind, section, question, questionTitle, pointers });
  assert.equal(cymraeg.changes.map(facts), english.changes.map(facts));
  assert.equal(cymraeg.counts, english.counts);
});

test('every kind of change reads in Welsh: no English frame, no raw key, no empty placeholder', () => {
  for (const kind of CHANGE_KINDS) {
    const changes = cymraeg.changes.filter((c) => c.kind === kind);
    assert.ok(changes.length > 0, `the fixture has a ${kind}`);
    for (const change of changes) {
      const english_ = english.changes[cymraeg.changes.indexOf(change)]!.sentence;
      assert.not.equal(change.sentence, english_, `${kind} is translated`);
      assert.not.match(change.sentence, /\{\w+\}|diff\.|engine\./, `${kind}: ${change.sentence}`);
      assert.not.match(change.sentence, /\b(is now|was|when|asked|no longer|New question|Section|mandatory)\b/, `${kind} keeps no English frame: ${change.sentence}`);
    }
  }
});

test('Welsh sentences: mandatory rules, questions added and removed, sections', () => {
  assert.is(sentence(cymraeg, 'nowMandatory', 'spits'), '‘Are they known to spit at staff?’: gorfodol bellach (cyn hyn: dewisol).');
  assert.is(sentence(cymraeg, 'noLongerMandatory', 'violentDetails'), 'Nid yw ‘Describe the violence’ yn orfodol mwyach (cyn hyn: gorfodol os mai Ie yw’r ateb i ‘Are they violent?’).');
  assert.is(sentence(cymraeg, 'questionAdded', 'selfHarmDetails'), 'Cwestiwn newydd ‘Describe the risk’ (testun hir), yn cael ei ofyn ac yn orfodol os mai Ie yw’r ateb i ‘Is there a risk they will harm themselves?’.');
  assert.is(sentence(cymraeg, 'titleChanged', 'violent'), 'Cwestiwn wedi’i aileirio: ‘Are they violent?’ yw ‘Are they violent or dangerous?’ bellach.');
  assert.match(sentence(cymraeg, 'questionRemoved', 'notes')!, /yn cael ei ofyn mwyach; ni chaiff atebion iddo eu cario i’r fersiwn newydd\.$/);
  assert.is(cymraeg.changes.find((c) => c.section === '')?.sectionTitle, 'Y ffurflen gyfan');
});

test('English sentences are unchanged by the translator (the default)', () => {
  assert.is(sentence(english, 'nowMandatory', 'spits'), "'Are they known to spit at staff?' is now mandatory (was optional).");
  assert.is(sentence(english, 'questionAdded', 'selfHarmDetails'), "New question 'Describe the risk' (long text), asked and mandatory when 'Is there a risk they will harm themselves?' is Yes.");
});

test('the summary, text and Markdown in Welsh', () => {
  assert.equal(countLines(cymraeg, welsh).map((l) => l.heading).slice(0, 2), ['Cwestiynau a ychwanegwyd', 'Cwestiynau a dynnwyd']);
  const text = renderDiffText(cymraeg, welsh);
  assert.match(text, `newidiadau o fersiwn 1.0.0 i 2.0.0`);
  assert.match(text, `${cymraeg.changes.length} newid:`);
  assert.match(renderDiffMarkdown(cymraeg, welsh), '| Newid | Nifer |');
  assert.match(renderDiffText(diffDefinitions(fixture('1.0.0'), fixture('1.0.0'), welsh), welsh), 'Dim newidiadau.');
});

test.run();
