import type { AnswerValue, Answers, QuestionView, SectionView } from '../engine/types.ts';
import { getAnswer, setAnswer } from './answers-path.ts';
import { renderQuestion } from './questions/index.ts';
import type { QuestionContext } from './questions/context.ts';
import type { SummaryError } from './views/error-summary.ts';
import { asWritten, type Written } from './english-marked.ts';
import { DEFAULT_LANGUAGE, translatorFor, type Translate } from './i18n.ts';

let editors = 0;

/**
 * Answers being typed, before they are saved: what was changed, what is shown as an error, raw date
 * parts. Shared by <form-record> (one section at a time) and <form-preview> (the whole form).
 */
export class AnswerEditor {
  answers: Answers = {};
  touched = new Set<string>();
  /** Prefilled answers accepted as they are, or changed (which also counts as a review). */
  accepted = new Set<string>();
  raw = new Map<string, Record<string, string>>();
  /** After a save or check attempt every error shows, including missing answers. */
  submitted = false;
  /**
   * Answers that had a problem at the last submit. Only these show a missing answer until the next
   * submit (GOV.UK re-checks on submit): a follow-up opened after it does not light up unasked.
   */
  private readonly failedAtSubmit = new Set<string>();
  /** Set by an add, remove or accept: selectors, one a line, of the element to focus after the next render (the first found). */
  focus = '';
  /** Follow-ups asked on their own page (x-page) are not on the page that holds their answer (the record journey). */
  separatePages = false;
  /** Writes the definition's words (QuestionContext.write): as they are unless the owner marks English left on its page. */
  write: Written = asWritten;
  private readonly prefix = `fe${++editors}`;

  constructor(
    /** Clears answers to follow-ups that closed; called after every change. */
    private readonly tidy: (answers: Answers) => Answers,
    private readonly changed: () => void,
    /** The words of the language the owning element speaks now. */
    private readonly text: () => Translate = () => translatorFor(DEFAULT_LANGUAGE),
  ) {}

  get t(): Translate {
    return this.text();
  }

  reset(answers: Answers): void {
    this.answers = answers;
    this.touched.clear();
    this.accepted.clear();
    this.raw.clear();
    this.submitted = false;
    this.failedAtSubmit.clear();
  }

  /**
   * A submit found these answers wrong or missing. `complete`: missing answers count too; a draft save
   * only shows the answers that stop any save, as if each had been changed.
   */
  submit(complete: boolean, failed: string[]): void {
    this.submitted = complete;
    this.failedAtSubmit.clear();
    for (const pointer of failed) this.failedAtSubmit.add(pointer);
    if (!complete) for (const pointer of failed) this.touched.add(pointer);
  }

  idFor(pointer: string, part?: string): string {
    return `${this.prefix}${pointer.replaceAll('/', '-')}${part ? `-${part}` : ''}`;
  }

  change(pointer: string, value: AnswerValue | undefined): void {
    this.touched.add(pointer);
    this.accepted.add(pointer);
    this.answers = this.tidy(setAnswer(this.answers, pointer, value));
    this.changed();
  }

  addItem(pointer: string): void {
    const list = (getAnswer(this.answers, pointer) as unknown[] | undefined) ?? [];
    this.focus = `#${this.idFor(`${pointer}/${list.length}`, 'item')}`;
    this.change(pointer, [...list, {}] as AnswerValue);
  }

  removeItem(pointer: string, index: number): void {
    const list = (getAnswer(this.answers, pointer) as unknown[] | undefined) ?? [];
    const rest = list.filter((_, i) => i !== index);
    // Typed-but-invalid date parts belong to item positions that just moved.
    for (const key of [...this.raw.keys()]) if (key.startsWith(`${pointer}/`)) this.raw.delete(key);
    this.focus = `#${this.idFor(pointer, 'input')}`;
    this.change(pointer, (rest.length ? rest : undefined) as AnswerValue | undefined);
  }

  /** Errors show beside a question once it was changed (format, length...) and all of them after a save attempt. */
  errorFor(question: QuestionView): string | undefined {
    const shown = question.errors.filter((e) => (this.submitted && this.failedAtSubmit.has(e.pointer)) || (this.touched.has(e.pointer) && e.rule !== 'required'));
    return shown[0]?.message;
  }

  context(): QuestionContext {
    const ctx: QuestionContext = {
      t: this.t,
      idFor: (pointer, part) => this.idFor(pointer, part),
      errorFor: (question) => this.errorFor(question),
      rawParts: (pointer) => this.raw.get(pointer),
      setRawParts: (pointer, parts) => void this.raw.set(pointer, parts),
      change: (pointer, value) => this.change(pointer, value),
      addItem: (pointer) => this.addItem(pointer),
      removeItem: (pointer, index) => this.removeItem(pointer, index),
      accept: (pointer) => {
        this.accepted.add(pointer);
        // Its button goes: focus moves on to the next answer to review, or stays on this one's notice (WCAG 2.4.3).
        this.focus = `[data-accept]\n#${this.idFor(pointer, 'prefill')}`;
        this.changed();
      },
      isAccepted: (pointer) => this.accepted.has(pointer),
      separatePages: this.separatePages,
      write: this.write,
      render: (question) => renderQuestion(ctx, question),
    };
    return ctx;
  }

  /** The errors showing in a section, in page order, for the error summary. */
  shownErrors(section: Pick<SectionView, 'questions'>): SummaryError[] {
    const out: SummaryError[] = [];
    for (const question of shownQuestions(section, this.separatePages)) {
      const message = this.errorFor(question);
      if (message) out.push({ message, href: `#${this.idFor(question.pointer, 'input')}` });
    }
    return out;
  }

  /** Prefilled answers in the section still waiting for a review. */
  unreviewed(section: Pick<SectionView, 'questions'>): QuestionView[] {
    return shownQuestions(section, this.separatePages).filter((q) => q.prefill?.needsReview && !this.accepted.has(q.pointer));
  }
}

/**
 * Every question on screen in a section (or on one of its follow-up pages, given as `questions`), in page
 * order: follow-ups under their choice, list item fields; with `separatePages`, less those on their own page.
 */
export function shownQuestions(section: Pick<SectionView, 'questions'>, separatePages = false): QuestionView[] {
  const out: QuestionView[] = [];
  const here = (question: QuestionView) => !separatePages || !question.page;
  const visit = (question: QuestionView) => {
    out.push(question);
    for (const choice of question.choices ?? []) if (isChosen(question, choice.value)) choice.followUps.filter(here).forEach(visit);
    for (const item of question.list?.items ?? []) item.questions.forEach(visit);
    question.followUps.filter(here).forEach(visit);
  };
  section.questions.forEach(visit);
  // A follow-up opened by several choices is listed under each; and hidden follow-ups are listed too.
  return [...new Map(out.filter((q) => q.visible).map((q) => [q.pointer, q])).values()];
}

function isChosen(question: QuestionView, value: string): boolean {
  return Array.isArray(question.value) ? (question.value as string[]).includes(value) : question.value === value;
}
