/**
 * The pages of one section in the record journey: the question page ('') and, after it, each follow-up
 * page (x-page) the answers open, in the definition's order. Pure: reads the view model only.
 */
import type { AnswerError, SectionView } from '../../engine/types.ts';
import { shownQuestions } from '../answer-editor.ts';

/** '' for the question page, then the key of each open follow-up page. */
export function pagesInOrder(section: SectionView): string[] {
  return ['', ...section.pages.filter((p) => p.open).map((p) => p.key)];
}

/** What one page shows: the section's questions, or a follow-up page's (nothing for a page not open now). */
export function questionsOn(section: SectionView, page: string): Pick<SectionView, 'questions'> {
  return page ? { questions: section.pages.find((p) => p.key === page && p.open)?.questions ?? [] } : section;
}

/** Whether the answer at `pointer` is asked on `page` (a list's item fields with their list). */
export function isOnPage(section: SectionView, page: string, pointer: string): boolean {
  return shownQuestions(questionsOn(section, page), true).some((q) => q.pointer === pointer || pointer.startsWith(`${q.pointer}/`));
}

/** The page that asks the answer at `pointer`: a follow-up page, or '' (the question page). */
export function pageHolding(section: SectionView, pointer: string): string {
  return pagesInOrder(section).find((page) => page && isOnPage(section, page, pointer)) ?? '';
}

export function errorsOnPage(section: SectionView, page: string, errors: AnswerError[]): AnswerError[] {
  return errors.filter((e) => isOnPage(section, page, e.pointer));
}

/** The open page after `page`, or undefined on the last one. */
export function pageAfter(section: SectionView, page: string): string | undefined {
  const order = pagesInOrder(section);
  return order[order.indexOf(page) + 1];
}

/** The page before `page` (the back link), or undefined on the question page. */
export function pageBefore(section: SectionView, page: string): string | undefined {
  const order = pagesInOrder(section);
  const at = order.indexOf(page);
  return at > 0 ? order[at - 1] : at < 0 && page ? '' : undefined;
}
