import type { AnswerValue, QuestionView } from '../../engine/types.ts';
import type { Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';

/** What a question renderer needs from the element that owns the answers. */
export interface QuestionContext {
  /** The words of the language the element speaks. */
  readonly t: Translate;
  /** Element id for a pointer, unique on the page even with several components. */
  idFor(pointer: string, part?: string): string;
  /** The error message to show beside the question now, if any. */
  errorFor(question: QuestionView): string | undefined;
  /** Raw text the user typed into a multi-part input (dates), kept while it is not yet a valid answer. */
  rawParts(pointer: string): Record<string, string> | undefined;
  setRawParts(pointer: string, parts: Record<string, string>): void;
  change(pointer: string, value: AnswerValue | undefined): void;
  addItem(pointer: string): void;
  removeItem(pointer: string, index: number): void;
  /** Marks a prefilled answer as reviewed and accepted as it is. */
  accept(pointer: string): void;
  isAccepted(pointer: string): boolean;
  /**
   * Follow-ups asked on their own page (x-page, marked `page` in the view model) are left out here: the
   * record journey asks them after "Continue". The preview shows the whole form on one page, so keeps them.
   */
  separatePages?: boolean;
  /**
   * Writes the definition's own words: those left in English on a page in another language (a draft, a
   * version not yet translated) are marked, so a screen reader reads them with an English voice (WCAG 3.1.2).
   */
  readonly write: Written;
  /** Renders any question (used by lists and follow-ups to render their children). */
  render(question: QuestionView): unknown;
}
