/**
 * diffDefinitions(from, to): what changed between two versions of a form, in a steering group's words.
 * Browser-safe (reads definitions with the engine's model; no ajv). Definitions must pass the check
 * (readFormModel throws DefinitionError otherwise).
 */
import { readFormModel, type FormModel, type SectionModel } from '../model.ts';
import { childPointer } from '../pointer.ts';
import { questionFacts, type QuestionFacts } from './facts.ts';
import { addedSentence, compareQuestion, questionName, type Emit } from './questions.ts';
import { compareForm, compareSection, sectionAddedSentence } from './form.ts';
import { quote } from './words.ts';
import { DIFF_ENGLISH, type Translate } from './text.ts';
import { comparePages } from './pages.ts';
import { markingEnglish, shownVersions, type DiffTranslations } from './wording.ts';
import { GROUP_OF, type Change, type ChangeGroup, type ChangeKind, type DefinitionDiff } from './types.ts';

export * from './types.ts';
export { DIFF_ENGLISH } from './text.ts';
export { renderDiffText, renderDiffMarkdown, countLines } from './render.ts';
export { changesBySection } from './by-section.ts';
export type { DiffTranslations } from './wording.ts';
export { sentenceParts } from './sentence-parts.ts';

/**
 * `t` gives the sentences' words (forms/locales/<lang>/diff.json); English by default. With the versions'
 * translations, titles are quoted in the language of `t` too (wording.ts); changes and pointers are the same.
 */
export function diffDefinitions(from: unknown, to: unknown, t: Translate = DIFF_ENGLISH, translations?: DiffTranslations): DefinitionDiff {
  const shown = shownVersions(from, to, translations, t);
  if (!shown) return diffModels(readFormModel(from), readFormModel(to), t);
  const untranslated = new Set([...shown.from.untranslated, ...shown.to.untranslated]);
  const diff = diffModels(shown.from.model, shown.to.model, markingEnglish(t, untranslated));
  const read = [diff.title, ...diff.changes.flatMap((c) => [c.sentence, c.sectionTitle])].join('\n');
  const inEnglish = [...untranslated].filter((text) => read.includes(text));
  return inEnglish.length > 0 ? { ...diff, inEnglish } : diff;
}

export function diffModels(from: FormModel, to: FormModel, t: Translate = DIFF_ENGLISH): DefinitionDiff {
  const changes: Change[] = [];
  const sectionFields = (section: SectionModel | undefined) => ({ section: section?.key ?? '', sectionTitle: section?.title ?? t('diff.wholeForm') });
  compareForm(from, to, (kind, section, fields) => changes.push({ kind, ...sectionFields(section), ...fields }), t);

  const before = questionFacts(from);
  const after = questionFacts(to);
  const questionEmit = (fact: QuestionFacts): Emit => (kind, fields) => {
    // What was removed from a section that is still there is listed under it; otherwise under the old section.
    const section = to.sectionByKey.get(fact.section.key) ?? fact.section;
    changes.push({ kind, ...sectionFields(section), question: fact.id, questionTitle: fact.question.title, ...fields });
  };

  for (const section of to.sections) {
    const old = from.sectionByKey.get(section.key);
    const emit = (kind: ChangeKind, s: SectionModel | undefined, fields: Omit<Change, 'kind' | 'section' | 'sectionTitle'>) => changes.push({ kind, ...sectionFields(s), ...fields });
    if (old) compareSection(old, section, emit, t);
    if (old) comparePages(old, section, (fields) => emit('followUpPageChanged', section, fields), t);
    else emit('sectionAdded', section, { pointers: { to: childPointer('/properties', section.key) }, after: section.key, sentence: sectionAddedSentence(section, t) });
    for (const fact of after.values()) {
      if (fact.section !== section) continue;
      const previous = before.get(fact.id);
      if (previous) compareQuestion(previous, fact, questionEmit(fact), t);
      else questionEmit(fact)('questionAdded', { pointers: { to: fact.question.definitionPointer }, sentence: addedSentence(fact, t) });
    }
    for (const fact of before.values()) {
      if (fact.section.key === section.key && !after.has(fact.id)) removed(fact, questionEmit(fact), t);
    }
  }
  for (const section of from.sections) {
    if (to.sectionByKey.has(section.key)) continue;
    changes.push({ kind: 'sectionRemoved', ...sectionFields(section), pointers: { from: childPointer('/properties', section.key) }, before: section.key, sentence: t('diff.section.removed', { title: quote(section.title, t) }) });
    for (const fact of before.values()) if (fact.section === section && !after.has(fact.id)) removed(fact, questionEmit(fact), t);
  }

  // The diff is sent as JSON: what JSON would drop (undefined hints, absent befores) is dropped here too.
  const sent = changes.map((change) => JSON.parse(JSON.stringify(change)) as Change);
  const counts: Partial<Record<ChangeGroup, number>> = {};
  for (const change of sent) counts[GROUP_OF[change.kind]] = (counts[GROUP_OF[change.kind]] ?? 0) + 1;
  return { form: to.name, title: to.title, from: from.version, to: to.version, changes: sent, counts };
}

function removed(fact: QuestionFacts, emit: Emit, t: Translate): void {
  emit('questionRemoved', { pointers: { from: fact.question.definitionPointer }, sentence: t('diff.question.removed', { name: questionName(fact, t) }) });
}
