/**
 * What a red flag raised by an answer is about: the answers to the follow-ups that answer opened
 * ("Give details of why they are violent: Assaulted an officer"), so whoever reads or acknowledges the
 * flag sees its detail, not only its title.
 */
import type { QuestionView, RedFlagView, SectionView } from './types.ts';

export function withRedFlagDetails(redFlags: RedFlagView[], sections: SectionView[]): RedFlagView[] {
  const byPointer = new Map<string, QuestionView>();
  for (const section of sections) for (const q of section.questions) indexQuestion(byPointer, q);
  return redFlags.map((flag) => {
    const pointer = flag.source === 'answer' ? flag.id.replace(/^flag:/, '').replace(/=.*$/, '') : undefined;
    const question = pointer ? byPointer.get(pointer) : undefined;
    const details = question ? answeredFollowUps(question).map((q) => `${q.label}: ${q.displayValue ?? String(q.value)}`) : [];
    return details.length ? { ...flag, details } : flag;
  });
}

function indexQuestion(byPointer: Map<string, QuestionView>, q: QuestionView): void {
  byPointer.set(q.pointer, q);
  for (const c of q.choices ?? []) for (const f of c.followUps) indexQuestion(byPointer, f);
  for (const f of q.followUps) indexQuestion(byPointer, f);
}

/** The visible, answered follow-ups under the chosen answer (and the question's own follow-ups), in order. */
function answeredFollowUps(question: QuestionView): QuestionView[] {
  const chosen = (value: string) => (Array.isArray(question.value) ? (question.value as string[]).includes(value) : question.value === value);
  const followUps = [...(question.choices ?? []).filter((c) => chosen(c.value)).flatMap((c) => c.followUps), ...question.followUps];
  const unique = [...new Map(followUps.map((q) => [q.pointer, q])).values()];
  return unique.filter((q) => q.visible && q.value !== undefined && !q.list);
}
