// Translations of a definition: which strings staff read, what a translation lacks or has kept from older
// English, and a localised definition that the engine reads exactly as the English one, answers included.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  buildViewModel, checkAnswers, checkTranslation, formFromPrecompiled, localiseDefinition, textsLeftInEnglish, translatableStrings, translationLanguageOf,
  type Translation,
} from '../../engine/node.ts';
import { fixtureForm, loadDefinition, newRecord } from './helpers.ts';

/** A complete "translation" that marks every string, so a test can tell translated text from English. */
function marked(definition: unknown): Translation {
  const strings = Object.fromEntries(translatableStrings(definition).map(({ pointer, en }) => [pointer, { en, cy: `CY ${en}` }]));
  return { language: 'cy', review: 'draft, awaits review by a Welsh speaker', strings };
}

test('staff-facing strings are found by pointer: titles, hints, choices, messages, flag labels, list nouns, event types; codes and conditions are not', () => {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  const found = new Map(translatableStrings(definition).map((s) => [s.pointer, s.en]));
  assert.is(found.get('/title'), definition.title);
  assert.is(found.get('/x-form/eventTypes/0/title'), 'Meal');
  assert.is(found.get('/properties/safety/properties/aggressive/x-errors/required'), 'Select yes if they are aggressive');
  const list = [...found.entries()].filter(([p]) => p.includes('/x-list/')).map(([p, en]) => `${p.replace(/.*\/x-list\//, '')}=${en}`);
  for (const words of ['itemNoun=medicine', 'itemNounPlural=medicines', 'itemTitle=Medicine']) assert.ok(list.includes(words), words);
  assert.ok([...found.keys()].some((p) => /\/x-flags\/\d+\/label$/.test(p)), 'flag labels');
  assert.ok([...found.keys()].some((p) => /\/oneOf\/\d+\/title$/.test(p)), 'choice titles');
  for (const pointer of found.keys()) {
    assert.not.match(pointer, /\/(if|const|enum|x-kind|itemArticle|itemKey|name|version)(\/|$)/, `${pointer} is a code, not words`);
  }
});

test('a complete translation has nothing missing, extra or stale; each kind is reported with its pointer', () => {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  const translation = marked(definition);
  assert.equal(checkTranslation(definition, translation), { missing: [], extra: [], stale: [] });

  definition.properties.safety.properties.aggressive.title = 'Have they been aggressive in the last year?';
  delete translation.strings['/x-form/eventTypes/1/title'];
  translation.strings['/properties/gone/title'] = { en: 'Gone', cy: 'Wedi mynd' };
  const report = checkTranslation(definition, translation);
  assert.equal(report.missing, [{ pointer: '/x-form/eventTypes/1/title', en: 'Incident' }]);
  assert.equal(report.extra, [{ pointer: '/properties/gone/title', en: 'Gone' }]);
  assert.equal(report.stale.map((s) => s.pointer), ['/properties/safety/properties/aggressive/title']);
  assert.is(report.stale[0]!.now, 'Have they been aggressive in the last year?');
  assert.is.not(report.stale[0]!.was, report.stale[0]!.now);
});

test('the localised definition reads in Welsh and its answers validate exactly as in English', () => {
  const english = fixtureForm();
  const definition = english.definition;
  const welsh = formFromPrecompiled(localiseDefinition(definition, marked(definition)), english.validate);
  assert.ok(welsh.model.title.startsWith('CY '));
  assert.ok(welsh.model.sections.every((s) => s.title.startsWith('CY ')));
  const record = newRecord(english);
  record.answers = { safety: { aggressive: 'yes', supervision: 'nonsense' } };
  const inEnglish = checkAnswers(english, record.answers);
  const inWelsh = checkAnswers(welsh, record.answers);
  const shape = (r: typeof inEnglish) => [...r.invalid, ...r.incomplete].map((e) => `${e.pointer} ${e.rule}`).sort();
  assert.equal(shape(inWelsh), shape(inEnglish));
  assert.ok(inWelsh.incomplete.some((e) => e.message === 'CY Describe the aggression'), 'the Welsh x-errors message is used');
  const view = buildViewModel(welsh, record);
  const aggressive = view.sections[0]!.questions.find((q) => q.key === 'aggressive')!;
  assert.is(aggressive.value, 'yes', 'answers stay codes');
  assert.ok(aggressive.label.startsWith('CY '));
  assert.equal(JSON.parse(JSON.stringify(definition)), loadDefinition('fixture-move', '1.0.0'), 'the English definition is untouched');
});

test('a stale or missing string stays in English; no translation leaves the definition as it is', () => {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  const translation = marked(definition);
  translation.strings['/title']!.en = 'An older title';
  delete translation.strings['/x-form/eventTypes/0/title'];
  const localised = localiseDefinition(definition, translation) as any;
  assert.is(localised.title, definition.title);
  assert.is(localised['x-form'].eventTypes[0].title, 'Meal');
  assert.is(localised['x-form'].eventTypes[1].title, 'CY Incident');
  assert.is(localiseDefinition(definition, undefined), definition);
});

test('translation files are told from definitions by their name', () => {
  assert.is(translationLanguageOf('2.0.0.cy.json'), 'cy');
  assert.is(translationLanguageOf('entries.cy.json'), 'cy');
  assert.is(translationLanguageOf('2.0.0.json'), undefined);
  assert.is(translationLanguageOf('1.0.0-rc.json'), undefined);
});

test('the texts left in English: every one without a translation, none with a complete one, and a missing or out-of-date string', () => {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  const all = new Set(textsLeftInEnglish(definition, localiseDefinition(definition, undefined)));
  for (const { en } of translatableStrings(definition)) assert.is(all.has(en), /\p{L}/u.test(en), en);
  const title: string = definition.properties.safety.properties.aggressive.title;
  assert.ok(title.endsWith('?') && all.has(title.slice(0, -1)), 'a question as a message quotes it, without its question mark');
  const translation = marked(definition);
  assert.equal(textsLeftInEnglish(definition, localiseDefinition(definition, translation)), []);

  delete translation.strings['/x-form/eventTypes/0/title'];
  translation.strings['/properties/safety/properties/aggressive/title']!.en = 'Were they aggressive?';
  const left = textsLeftInEnglish(definition, localiseDefinition(definition, translation));
  assert.equal(left.sort(), ['Meal', title, title.slice(0, -1)].sort());
});

test.run();
