/** The changes to one question matched by key across two versions, or its addition or removal. */
import { sameValue } from '../condition.ts';
import type { Choice, QuestionModel } from '../model.ts';
import type { FlagRule } from '../vocabulary/index.ts';
import type { QuestionFacts } from './facts.ts';
import type { Change, ChangeKind } from './types.ts';
import { andList, flagLevelWords, flagValueWords, kindWords, quote, ruleIdentity, ruleWords } from './words.ts';
import type { Translate } from './text.ts';
import { answerRuleChanges, errorMessageChanges } from './answer-rules.ts';
import { source } from './wording.ts';

export type Emit = (kind: ChangeKind, fields: Omit<Change, 'kind' | 'section' | 'sectionTitle' | 'question' | 'questionTitle'>) => void;

/** "'Dose' (in 'Their prescribed medication')" or "'Are they violent?'". */
export function questionName(fact: QuestionFacts, t: Translate): string {
  return fact.list ? t('diff.questionInList', { question: quote(fact.question.title, t), list: quote(fact.list.title, t) }) : quote(fact.question.title, t);
}

export function askedWords(fact: QuestionFacts, t: Translate): string {
  const when = ruleWords(fact.shownWhen, fact.scope, t);
  return when ? t('diff.asked', { when }) : t('diff.alwaysAsked');
}

export function mandatoryWords(fact: QuestionFacts, t: Translate): string {
  if (fact.mandatoryWhen.length === 0) return t('diff.optional');
  const when = ruleWords(fact.mandatoryWhen, fact.scope, t);
  return when ? t('diff.mandatoryWhen', { when }) : t('diff.mandatory');
}

/** Mandatory "whenever asked" is one state, so a follow-up moved under another answer is one change, not two. */
function mandatoryState(fact: QuestionFacts): string {
  if (fact.mandatoryWhen.length === 0) return 'optional';
  const rule = ruleIdentity(fact.mandatoryWhen);
  return rule === ruleIdentity(fact.shownWhen) ? 'whenAsked' : rule;
}

export function addedSentence(fact: QuestionFacts, t: Translate): string {
  const { question } = fact;
  const rule = mandatoryState(fact) === 'whenAsked' ? askedAndMandatoryWords(fact, t) : t('diff.askedThenMandatory', { asked: askedWords(fact, t), mandatory: mandatoryWords(fact, t) });
  const parts = [t('diff.added.question', { name: questionName(fact, t), kind: kindWords(question.kind, t), rule })];
  for (const flag of question.flags) parts.push(t('diff.added.flag', { level: flagLevelWords(flag.level, t), label: quote(flag.label, t), values: flagValueWords(flag, question, t) }));
  if (question.prefill) parts.push(t('diff.added.prefill'));
  return `${parts.join('; ')}.`;
}

export function compareQuestion(from: QuestionFacts, to: QuestionFacts, emit: Emit, t: Translate): void {
  const a = from.question;
  const b = to.question;
  const at = (pointer?: string) => ({ from: pointer ? a.definitionPointer + pointer : a.definitionPointer, to: pointer ? b.definitionPointer + pointer : b.definitionPointer });
  const name = questionName(to, t);
  if (from.section.key !== to.section.key) {
    emit('questionMoved', { pointers: at(), before: from.section.key, after: to.section.key, sentence: t('diff.question.moved', { name, from: quote(from.section.title, t), to: quote(to.section.title, t) }) });
  }
  if (a.kind !== b.kind) {
    emit('kindChanged', { pointers: at('/x-kind'), before: a.kind, after: b.kind, sentence: t('diff.question.kind', { name, now: kindWords(b.kind, t), was: kindWords(a.kind, t) }) });
  }
  if (source(a).title !== source(b).title) {
    emit('titleChanged', { pointers: at('/title'), before: a.title, after: b.title, sentence: t('diff.question.title', { was: quote(a.title, t), now: quote(b.title, t) }) });
  }
  if (source(a).description !== source(b).description) {
    const sentence = a.description === undefined ? t('diff.question.hintAdded', { name, now: quote(b.description!, t) })
      : b.description === undefined ? t('diff.question.hintRemoved', { name, was: quote(a.description, t) })
        : t('diff.question.hint', { name, now: quote(b.description, t), was: quote(a.description, t) });
    emit('hintChanged', { pointers: at('/description'), before: a.description, after: b.description, sentence });
  }
  if (a.kind === b.kind) compareChoices(a, b, name, emit, t);
  compareRules(from, to, name, emit, t);
  compareFlags(a, b, name, emit, at, t);
  if (a.prefill !== b.prefill) {
    emit(b.prefill ? 'prefillAdded' : 'prefillRemoved', {
      pointers: at('/x-prefill'), before: a.prefill, after: b.prefill,
      sentence: t(b.prefill ? 'diff.question.prefillAdded' : 'diff.question.prefillRemoved', { name }),
    });
  }
  if (a.kind === b.kind) answerRuleChanges(a, b, name, emit, t);
  errorMessageChanges(a, b, name, emit, t);
}

/**
 * A definition's `required` names only questions beside it, so a question is optional or mandatory
 * whenever asked. For a mandatory follow-up, a new condition is a change of when it is mandatory.
 */
function compareRules(from: QuestionFacts, to: QuestionFacts, name: string, emit: Emit, t: Translate): void {
  const shownChanged = ruleIdentity(from.shownWhen) !== ruleIdentity(to.shownWhen);
  const before = mandatoryState(from);
  const after = mandatoryState(to);
  const shownPointers = { from: from.shownPointer ?? from.question.definitionPointer, to: to.shownPointer ?? to.question.definitionPointer };
  if (shownChanged && before === 'whenAsked' && after === 'whenAsked') {
    emit('mandatoryConditionChanged', {
      pointers: shownPointers, before: mandatoryWords(from, t), after: mandatoryWords(to, t),
      sentence: t('diff.question.isNow', { name, now: askedAndMandatoryWords(to, t), was: askedAndMandatoryWords(from, t) }),
    });
    return;
  }
  if (shownChanged) {
    emit('shownWhenChanged', { pointers: shownPointers, before: askedWords(from, t), after: askedWords(to, t), sentence: t('diff.question.isNow', { name, now: askedWords(to, t), was: askedWords(from, t) }) });
  }
  if (before === after) return;
  const kind: ChangeKind = before === 'optional' ? 'nowMandatory' : after === 'optional' ? 'noLongerMandatory' : 'mandatoryConditionChanged';
  emit(kind, {
    pointers: { from: from.mandatoryPointer ?? from.question.definitionPointer, to: to.mandatoryPointer ?? to.question.definitionPointer },
    before: mandatoryWords(from, t), after: mandatoryWords(to, t),
    sentence: kind === 'noLongerMandatory' ? t('diff.question.noLongerMandatory', { name, was: mandatoryWords(from, t) }) : t('diff.question.isNow', { name, now: mandatoryWords(to, t), was: mandatoryWords(from, t) }),
  });
}

function askedAndMandatoryWords(fact: QuestionFacts, t: Translate): string {
  const when = ruleWords(fact.shownWhen, fact.scope, t);
  return when ? t('diff.askedAndMandatory', { when }) : t('diff.alwaysAskedAndMandatory');
}

function choicePointer(question: QuestionModel, index: number): string {
  return `${question.definitionPointer}${question.kind === 'multipleChoice' ? '/items' : ''}/oneOf/${index}`;
}

function compareChoices(a: QuestionModel, b: QuestionModel, name: string, emit: Emit, t: Translate): void {
  if (a.kind === 'yesNo') return;
  const before = new Map((a.choices ?? []).map((c, i) => [c.value, { choice: c, i }]));
  const after = new Map((b.choices ?? []).map((c, i) => [c.value, { choice: c, i }]));
  for (const [value, { choice, i }] of after) {
    const old = before.get(value);
    if (!old) {
      emit('optionAdded', { pointers: { to: choicePointer(b, i) }, after: choice, sentence: t('diff.option.added', { name, option: quote(choice.label, t) }) });
    } else if (!sameChoice(source(old.choice), source(choice))) {
      const sentence = source(old.choice).label !== source(choice).label ? t('diff.option.relabelled', { name, was: quote(old.choice.label, t), now: quote(choice.label, t) }) : t('diff.option.changed', { name, option: quote(choice.label, t) });
      emit('optionChanged', { pointers: { from: choicePointer(a, old.i), to: choicePointer(b, i) }, before: old.choice, after: choice, sentence });
    }
  }
  for (const [value, { choice, i }] of before) {
    if (!after.has(value)) emit('optionRemoved', { pointers: { from: choicePointer(a, i) }, before: choice, sentence: t('diff.option.removed', { name, option: quote(choice.label, t) }) });
  }
}

function sameChoice(a: Choice, b: Choice): boolean {
  return a.label === b.label && a.hint === b.hint && a.exclusive === b.exclusive;
}

/** Flags are matched by label, then by the answers that raise them (a relabelled flag). */
function compareFlags(a: QuestionModel, b: QuestionModel, name: string, emit: Emit, at: (pointer?: string) => { from: string; to: string }, t: Translate): void {
  const unmatched = new Set(a.flags.map((_, i) => i));
  const pairs: [number | undefined, number][] = b.flags.map((flag, j) => {
    const byLabel = [...unmatched].find((i) => source(a.flags[i]!).label === source(flag).label);
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
      emit('flagAdded', { pointers: pointers(i, j), after: flag, sentence: t('diff.flag.added', { name, level: flagLevelWords(flag.level, t), label: quote(flag.label, t), values: flagValueWords(flag, b, t) }) });
      continue;
    }
    const old = a.flags[i]!;
    if (old.level !== flag.level) {
      emit('flagLevelChanged', { pointers: pointers(i, j), before: old.level, after: flag.level, sentence: t('diff.flag.level', { name, label: quote(flag.label, t), now: flagLevelWords(flag.level, t), was: flagLevelWords(old.level, t) }) });
    }
    if (source(old).label !== source(flag).label || !sameValue([...old.values].sort(), [...flag.values].sort())) {
      emit('flagChanged', { pointers: pointers(i, j), before: old, after: flag, sentence: flagChangeSentence(old, flag, a, b, name, t) });
    }
  }
  for (const i of unmatched) {
    const flag = a.flags[i]!;
    emit('flagRemoved', { pointers: pointers(i, undefined), before: flag, sentence: t('diff.flag.removed', { name, level: flagLevelWords(flag.level, t), label: quote(flag.label, t) }) });
  }
}

function flagChangeSentence(old: FlagRule, flag: FlagRule, a: QuestionModel, b: QuestionModel, name: string, t: Translate): string {
  const parts: string[] = [];
  if (source(old).label !== source(flag).label) parts.push(t('diff.flag.renamed', { label: quote(flag.label, t) }));
  const before = flagValueWords(old, a, t);
  const after = flagValueWords(flag, b, t);
  if (before !== after || !sameValue([...old.values].sort(), [...flag.values].sort())) parts.push(t('diff.flag.values', { now: after, was: before }));
  return t('diff.flag.changed', { label: quote(old.label, t), name, changes: andList(parts, t) });
}
