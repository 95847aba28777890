/** The changes to one question matched by key across two versions, or its addition or removal. */
import { sameValue } from '../condition.ts';
import type { Choice, QuestionModel } from '../model.ts';
import type { FlagRule } from '../vocabulary/index.ts';
import type { QuestionFacts } from './facts.ts';
import type { Change, ChangeKind } from './types.ts';
import { flagLevelWords, flagValueWords, kindWords, quote, ruleIdentity, ruleWords } from './words.ts';
import { answerRuleChanges, errorMessageChanges } from './answer-rules.ts';

export type Emit = (kind: ChangeKind, fields: Omit<Change, 'kind' | 'section' | 'sectionTitle' | 'question' | 'questionTitle'>) => void;

/** "'Dose' (in 'Their prescribed medication')" or "'Are they violent?'". */
export function questionName(fact: QuestionFacts): string {
  return fact.list ? `${quote(fact.question.title)} (in ${quote(fact.list.title)})` : quote(fact.question.title);
}

export function askedWords(fact: QuestionFacts): string {
  const when = ruleWords(fact.shownWhen, fact.scope);
  return when ? `asked ${when}` : 'always asked';
}

export function mandatoryWords(fact: QuestionFacts): string {
  if (fact.mandatoryWhen.length === 0) return 'optional';
  const when = ruleWords(fact.mandatoryWhen, fact.scope);
  return when ? `mandatory ${when}` : 'mandatory';
}

/** Mandatory "whenever asked" is one state, so a follow-up moved under another answer is one change, not two. */
function mandatoryState(fact: QuestionFacts): string {
  if (fact.mandatoryWhen.length === 0) return 'optional';
  const rule = ruleIdentity(fact.mandatoryWhen);
  return rule === ruleIdentity(fact.shownWhen) ? 'whenAsked' : rule;
}

export function addedSentence(fact: QuestionFacts): string {
  const { question } = fact;
  const rule = mandatoryState(fact) === 'whenAsked' ? askedAndMandatoryWords(fact) : `${askedWords(fact)}, ${mandatoryWords(fact)}`;
  const parts = [`New question ${questionName(fact)} (${kindWords(question.kind)}), ${rule}`];
  for (const flag of question.flags) parts.push(`raises ${flagLevelWords(flag.level)} ${quote(flag.label)} when the answer is ${flagValueWords(flag, question)}`);
  if (question.prefill) parts.push('carried over from the previous record');
  return `${parts.join('; ')}.`;
}

export function compareQuestion(from: QuestionFacts, to: QuestionFacts, emit: Emit): void {
  const a = from.question;
  const b = to.question;
  const at = (pointer?: string) => ({ from: pointer ? a.definitionPointer + pointer : a.definitionPointer, to: pointer ? b.definitionPointer + pointer : b.definitionPointer });
  const name = questionName(to);
  if (from.section.key !== to.section.key) {
    emit('questionMoved', { pointers: at(), before: from.section.key, after: to.section.key, sentence: `${name} moved from ${quote(from.section.title)} to ${quote(to.section.title)}.` });
  }
  if (a.kind !== b.kind) {
    emit('kindChanged', { pointers: at('/x-kind'), before: a.kind, after: b.kind, sentence: `${name} is now answered as ${kindWords(b.kind)} (was ${kindWords(a.kind)}); earlier answers are not carried over.` });
  }
  if (a.title !== b.title) {
    emit('titleChanged', { pointers: at('/title'), before: a.title, after: b.title, sentence: `Question reworded: ${quote(a.title)} is now ${quote(b.title)}.` });
  }
  if (a.description !== b.description) {
    const sentence = a.description === undefined ? `Hint added to ${name}: ${quote(b.description!)}.`
      : b.description === undefined ? `Hint removed from ${name} (was ${quote(a.description)}).`
        : `Hint of ${name} is now ${quote(b.description)} (was ${quote(a.description)}).`;
    emit('hintChanged', { pointers: at('/description'), before: a.description, after: b.description, sentence });
  }
  if (a.kind === b.kind) compareChoices(a, b, name, emit);
  compareRules(from, to, name, emit);
  compareFlags(a, b, name, emit, at);
  if (a.prefill !== b.prefill) {
    emit(b.prefill ? 'prefillAdded' : 'prefillRemoved', {
      pointers: at('/x-prefill'), before: a.prefill, after: b.prefill,
      sentence: b.prefill ? `${name} is now carried over from the person's previous record, to be reviewed.` : `${name} is no longer carried over from the person's previous record.`,
    });
  }
  if (a.kind === b.kind) answerRuleChanges(a, b, name, emit);
  errorMessageChanges(a, b, name, emit);
}

/**
 * A definition's `required` names only questions beside it, so a question is optional or mandatory
 * whenever asked. For a mandatory follow-up, a new condition is a change of when it is mandatory.
 */
function compareRules(from: QuestionFacts, to: QuestionFacts, name: string, emit: Emit): void {
  const shownChanged = ruleIdentity(from.shownWhen) !== ruleIdentity(to.shownWhen);
  const before = mandatoryState(from);
  const after = mandatoryState(to);
  const shownPointers = { from: from.shownPointer ?? from.question.definitionPointer, to: to.shownPointer ?? to.question.definitionPointer };
  if (shownChanged && before === 'whenAsked' && after === 'whenAsked') {
    emit('mandatoryConditionChanged', {
      pointers: shownPointers, before: mandatoryWords(from), after: mandatoryWords(to),
      sentence: `${name} is now ${askedAndMandatoryWords(to)} (was ${askedAndMandatoryWords(from)}).`,
    });
    return;
  }
  if (shownChanged) {
    emit('shownWhenChanged', { pointers: shownPointers, before: askedWords(from), after: askedWords(to), sentence: `${name} is now ${askedWords(to)} (was ${askedWords(from)}).` });
  }
  if (before === after) return;
  const kind: ChangeKind = before === 'optional' ? 'nowMandatory' : after === 'optional' ? 'noLongerMandatory' : 'mandatoryConditionChanged';
  emit(kind, {
    pointers: { from: from.mandatoryPointer ?? from.question.definitionPointer, to: to.mandatoryPointer ?? to.question.definitionPointer },
    before: mandatoryWords(from), after: mandatoryWords(to),
    sentence: kind === 'noLongerMandatory' ? `${name} is no longer mandatory (was ${mandatoryWords(from)}).` : `${name} is now ${mandatoryWords(to)} (was ${mandatoryWords(from)}).`,
  });
}

function askedAndMandatoryWords(fact: QuestionFacts): string {
  const when = ruleWords(fact.shownWhen, fact.scope);
  return when ? `asked and mandatory ${when}` : 'always asked and mandatory';
}

function choicePointer(question: QuestionModel, index: number): string {
  return `${question.definitionPointer}${question.kind === 'multipleChoice' ? '/items' : ''}/oneOf/${index}`;
}

function compareChoices(a: QuestionModel, b: QuestionModel, name: string, emit: Emit): void {
  if (a.kind === 'yesNo') return;
  const before = new Map((a.choices ?? []).map((c, i) => [c.value, { choice: c, i }]));
  const after = new Map((b.choices ?? []).map((c, i) => [c.value, { choice: c, i }]));
  for (const [value, { choice, i }] of after) {
    const old = before.get(value);
    if (!old) {
      emit('optionAdded', { pointers: { to: choicePointer(b, i) }, after: choice, sentence: `${name} has a new option ${quote(choice.label)}.` });
    } else if (!sameChoice(old.choice, choice)) {
      const sentence = old.choice.label !== choice.label ? `Option ${quote(old.choice.label)} of ${name} is now ${quote(choice.label)}.` : `Option ${quote(choice.label)} of ${name} has a new hint or exclusivity.`;
      emit('optionChanged', { pointers: { from: choicePointer(a, old.i), to: choicePointer(b, i) }, before: old.choice, after: choice, sentence });
    }
  }
  for (const [value, { choice, i }] of before) {
    if (!after.has(value)) emit('optionRemoved', { pointers: { from: choicePointer(a, i) }, before: choice, sentence: `${name} no longer offers ${quote(choice.label)}.` });
  }
}

function sameChoice(a: Choice, b: Choice): boolean {
  return a.label === b.label && a.hint === b.hint && a.exclusive === b.exclusive;
}

/** Flags are matched by label, then by the answers that raise them (a relabelled flag). */
function compareFlags(a: QuestionModel, b: QuestionModel, name: string, emit: Emit, at: (pointer?: string) => { from: string; to: string }): void {
  const unmatched = new Set(a.flags.map((_, i) => i));
  const pairs: [number | undefined, number][] = b.flags.map((flag, j) => {
    const byLabel = [...unmatched].find((i) => a.flags[i]!.label === flag.label);
    const i = byLabel ?? [...unmatched].find((k) => sameValue([...a.flags[k]!.values].sort(), [...flag.values].sort()));
    if (i !== undefined) unmatched.delete(i);
    return [i, j];
  });
  const pointers = (i: number | undefined, j: number | undefined) => ({
    ...(i === undefined ? {} : { from: `${at().from}/x-flags/${i}` }), ...(j === undefined ? {} : { to: `${at().to}/x-flags/${j}` }),
  });
  for (const [i, j] of pairs) {
    const flag = b.flags[j]!;
    if (i === undefined) {
      emit('flagAdded', { pointers: pointers(i, j), after: flag, sentence: `${name} now raises ${flagLevelWords(flag.level)} ${quote(flag.label)} when the answer is ${flagValueWords(flag, b)}.` });
      continue;
    }
    const old = a.flags[i]!;
    if (old.level !== flag.level) {
      emit('flagLevelChanged', { pointers: pointers(i, j), before: old.level, after: flag.level, sentence: `The flag ${quote(flag.label)} on ${name} is now ${flagLevelWords(flag.level)} (was ${flagLevelWords(old.level)}).` });
    }
    if (old.label !== flag.label || !sameValue([...old.values].sort(), [...flag.values].sort())) {
      emit('flagChanged', { pointers: pointers(i, j), before: old, after: flag, sentence: flagChangeSentence(old, flag, a, b, name) });
    }
  }
  for (const i of unmatched) {
    const flag = a.flags[i]!;
    emit('flagRemoved', { pointers: pointers(i, undefined), before: flag, sentence: `${name} no longer raises ${flagLevelWords(flag.level)} ${quote(flag.label)}.` });
  }
}

function flagChangeSentence(old: FlagRule, flag: FlagRule, a: QuestionModel, b: QuestionModel, name: string): string {
  const parts: string[] = [];
  if (old.label !== flag.label) parts.push(`is now called ${quote(flag.label)}`);
  const before = flagValueWords(old, a);
  const after = flagValueWords(flag, b);
  if (before !== after || !sameValue([...old.values].sort(), [...flag.values].sort())) parts.push(`is now raised when the answer is ${after} (was ${before})`);
  return `The flag ${quote(old.label)} on ${name} ${parts.join(' and ')}.`;
}
