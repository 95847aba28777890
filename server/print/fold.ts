/**
 * Print is sized to what matters: the plain "No" answers of a section, which open nothing and raise no
 * flag, fold into one line ("No to: ..."), so a typical record fits on a few A4 pages.
 */
import { formatDateTime, DISPLAY_TIME_ZONE, type QuestionView, type SectionView } from '../../engine/index.ts';
import type { Translate } from '../../engine/i18n/translator.ts';

export interface PrintSection extends SectionView {
  /** Labels of the questions answered "No" that the list leaves out. */
  noTo: string[];
  /** Where the carried-over answers came from and who reviewed them, once per section rather than per answer. */
  carried: string[];
}

/**
 * A yes/no question answered with the code "no" folds, whatever the reader's language calls it; any
 * other choice is printed in full, even one titled "No". `t` is the reader's language.
 */
export function foldNoAnswers(section: SectionView, t: Translate): PrintSection {
  const noTo: string[] = [];
  // Follow-ups too: a section whose questions open under "Yes, they have health issues" folds its "No"s all the same.
  const fold = (questions: QuestionView[]): QuestionView[] => questions.flatMap((q) => {
    if (q.kind === 'yesNo' && q.value === 'no' && !q.list && q.flags.length === 0 && !opensAnything(q)) {
      noTo.push(q.label);
      return [];
    }
    return [{ ...q, followUps: fold(q.followUps), choices: q.choices?.map((c) => ({ ...c, followUps: fold(c.followUps) })) }];
  });
  return { ...section, questions: fold(section.questions), noTo, carried: carriedOver(section.questions, t) };
}

function opensAnything(q: QuestionView): boolean {
  return q.followUps.some((f) => f.visible && f.value !== undefined) || (q.choices ?? []).some((c) => c.followUps.some((f) => f.visible && f.value !== undefined));
}

/** "12 answers carried over from the record confirmed 3 December 2026 at 08:56, reviewed by prison". */
function carriedOver(questions: QuestionView[], t: Translate): string[] {
  const all: QuestionView[] = [];
  const visit = (q: QuestionView) => { all.push(q); q.followUps.forEach(visit); q.choices?.forEach((c) => c.followUps.forEach(visit)); };
  questions.forEach(visit);
  const groups = new Map<string, number>();
  for (const q of new Map(all.map((v) => [v.pointer, v])).values()) {
    if (!q.prefill) continue;
    const confirmed = formatDateTime(q.prefill.confirmedAt, DISPLAY_TIME_ZONE, t);
    const where = q.prefill.reviewedBy ? t('print.carried.reviewed', { confirmed, by: q.prefill.reviewedBy }) : t('print.carried.notReviewed', { confirmed });
    groups.set(where, (groups.get(where) ?? 0) + 1);
  }
  return [...groups].map(([where, count]) => t('print.carried.answers', { count, where }));
}
