/**
 * What the diff compares about each question, read from the engine's model (never from the raw
 * schema again): where it is, when it is asked and when it is mandatory. A rule is a list of paths,
 * each path the follow-up conditions that must all hold; [[]] means always.
 */
import type { Condition } from '../condition.ts';
import type { FormModel, GroupModel, QuestionModel, SectionModel } from '../model.ts';
import { childPointer } from '../check/pointer.ts';

export type RulePaths = Condition[][];

export interface QuestionFacts {
  /** The question key, or "<list>/<field>" for a list item field. */
  id: string;
  question: QuestionModel;
  section: SectionModel;
  /** For a list item field: the list question. */
  list?: QuestionModel;
  /** The questions the conditions may test (the section's, or the list item's). */
  scope: Map<string, QuestionModel>;
  shownWhen: RulePaths;
  mandatoryWhen: RulePaths;
  /** Pointer of the innermost `if` that shows it; absent for a question always shown. */
  shownPointer?: string;
  /** Pointer of the first `required` entry naming it. */
  mandatoryPointer?: string;
}

/** Every question of the form, list item fields included, in the order of the definition. */
export function questionFacts(model: FormModel): Map<string, QuestionFacts> {
  const facts = new Map<string, QuestionFacts>();
  for (const section of model.sections) {
    walk(facts, section, { section, scope: section.byKey, prefix: '', pointer: childPointer('/properties', section.key) }, [], undefined);
  }
  return facts;
}

interface Place {
  section: SectionModel;
  scope: Map<string, QuestionModel>;
  prefix: string;
  pointer: string;
  list?: QuestionModel;
}

function walk(facts: Map<string, QuestionFacts>, group: GroupModel, place: Place, path: Condition[], ifPointer: string | undefined): void {
  for (const question of group.questions) {
    const id = place.prefix + question.key;
    let fact = facts.get(id);
    if (!fact) {
      fact = { id, question, section: place.section, list: place.list, scope: place.scope, shownWhen: [], mandatoryWhen: [], shownPointer: ifPointer };
      facts.set(id, fact);
    }
    fact.shownWhen.push(path);
    if (question.list) {
      const item = question.list.item;
      walk(facts, item, { section: place.section, scope: item.byKey, prefix: `${id}/`, pointer: `${question.definitionPointer}/items`, list: question }, [], undefined);
    }
  }
  // readFormModel refuses a definition with any unreadable rule, so rules[i] is allOf[i].
  group.rules.forEach((rule, index) => {
    const rulePointer = `${place.pointer}/allOf/${index}`;
    walk(facts, rule.then, { ...place, pointer: `${rulePointer}/then` }, [...path, rule.condition], `${rulePointer}/if`);
  });
  // After the follow-ups: `required` may name a question one of them declares.
  group.required.forEach((key, index) => {
    const fact = facts.get(place.prefix + key);
    if (!fact) return;
    fact.mandatoryWhen.push(path);
    fact.mandatoryPointer ??= `${place.pointer}/required/${index}`;
  });
}
