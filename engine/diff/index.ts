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
import { comparePages } from './pages.ts';
import { GROUP_OF, type Change, type ChangeGroup, type ChangeKind, type DefinitionDiff } from './types.ts';

export * from './types.ts';
export { renderDiffText, renderDiffMarkdown, countLines } from './render.ts';
export { changesBySection } from './by-section.ts';

export function diffDefinitions(from: unknown, to: unknown): DefinitionDiff {
  return diffModels(readFormModel(from), readFormModel(to));
}

export function diffModels(from: FormModel, to: FormModel): DefinitionDiff {
  const changes: Change[] = [];
  const sectionFields = (section: SectionModel | undefined) => ({ section: section?.key ?? '', sectionTitle: section?.title ?? 'Whole form' });
  compareForm(from, to, (kind, section, fields) => changes.push({ kind, ...sectionFields(section), ...fields }));

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
    if (old) compareSection(old, section, emit);
    if (old) comparePages(old, section, (fields) => emit('followUpPageChanged', section, fields));
    else emit('sectionAdded', section, { pointers: { to: childPointer('/properties', section.key) }, after: section.key, sentence: sectionAddedSentence(section) });
    for (const fact of after.values()) {
      if (fact.section !== section) continue;
      const previous = before.get(fact.id);
      if (previous) compareQuestion(previous, fact, questionEmit(fact));
      else questionEmit(fact)('questionAdded', { pointers: { to: fact.question.definitionPointer }, sentence: addedSentence(fact) });
    }
    for (const fact of before.values()) {
      if (fact.section.key === section.key && !after.has(fact.id)) removed(fact, questionEmit(fact));
    }
  }
  for (const section of from.sections) {
    if (to.sectionByKey.has(section.key)) continue;
    changes.push({ kind: 'sectionRemoved', ...sectionFields(section), pointers: { from: childPointer('/properties', section.key) }, before: section.key, sentence: `Section ${quote(section.title)} is removed.` });
    for (const fact of before.values()) if (fact.section === section && !after.has(fact.id)) removed(fact, questionEmit(fact));
  }

  // The diff is sent as JSON: what JSON would drop (undefined hints, absent befores) is dropped here too.
  const sent = changes.map((change) => JSON.parse(JSON.stringify(change)) as Change);
  const counts: Partial<Record<ChangeGroup, number>> = {};
  for (const change of sent) counts[GROUP_OF[change.kind]] = (counts[GROUP_OF[change.kind]] ?? 0) + 1;
  return { form: to.name, title: to.title, from: from.version, to: to.version, changes: sent, counts };
}

function removed(fact: QuestionFacts, emit: Emit): void {
  emit('questionRemoved', { pointers: { from: fact.question.definitionPointer }, sentence: `${questionName(fact)} is no longer asked; answers to it are not carried into the new version.` });
}
