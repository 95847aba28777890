import type { AnswerError, AnswerValue, Answers, FormRecord, SectionView } from '../../engine/types.ts';
import { errorsOnPage, pageAfter, pagesInOrder, questionsOn } from './section-pages.ts';
import type { ApiClient, ConflictBody } from '../api-client.ts';
import { AnswerEditor } from '../answer-editor.ts';
import { writerOf, type Written } from '../english-marked.ts';
import { setAnswer } from '../answers-path.ts';
import { checkSection, clearHidden, type LoadedForm } from '../engine-bridge.ts';
import { messageOf } from '../messages.ts';
import type { ConflictContext } from '../views/conflict.ts';
import type { Translate } from '../i18n.ts';

/** What the draft needs from the record's controller: the stored record, and a way to report. */
export interface DraftOwner {
  readonly t: Translate;
  readonly client: ApiClient;
  readonly record?: FormRecord;
  readonly form?: LoadedForm;
  busy: boolean;
  problem: string;
  setRecord(record: FormRecord): void;
  /** Rebuilds the view model with the draft in place. */
  refreshView(): void;
  focusSoon(selector: string): void;
  requestUpdate(): void;
}

interface Stashed { answers: Answers; revision: number; touched: string[]; accepted: string[]; raw: [string, Record<string, string>][] }

/**
 * The answers of the open section as the user types them, kept until saved whatever happens: left
 * sections are stashed, a save sends only what the user changed or accepted, and a conflict with a
 * colleague's save is resolved question by question.
 */
export class SectionDraft implements ConflictContext {
  readonly editor: AnswerEditor;
  sectionKey = '';
  /** The record revision the open section's answers were loaded at. */
  revision = 0;
  conflict?: ConflictBody;
  conflictChoices = new Map<string, 'yours' | 'theirs'>();
  /** The user asked to save before choosing an answer for every conflicting question. */
  conflictUnchosen = false;
  /** The page of the open section on screen: '' for the question page, or a follow-up page's key (x-page). */
  page = '';
  /** Answers typed in sections the user left without saving, by section. */
  private readonly unsaved = new Map<string, Stashed>();

  /** Every word of the form shown goes through it (why: QuestionContext.write). */
  get write(): Written { return writerOf(this.owner.form); }

  constructor(private readonly owner: DraftOwner) {
    this.editor = new AnswerEditor((answers) => clearHidden(owner.form!, answers), () => owner.refreshView(), () => owner.t);
    this.editor.separatePages = true;
  }

  get t(): Translate {
    return this.owner.t;
  }

  idFor(pointer: string, part?: string): string {
    return this.editor.idFor(pointer, part);
  }

  /** Opens a section with what the user typed there before, or with the stored answers. */
  open(key: string, record: FormRecord): void {
    this.stash();
    this.sectionKey = key;
    this.page = '';
    const stashed = this.unsaved.get(key);
    this.editor.reset(stashed?.answers ?? { [key]: structuredClone(record.answers[key] ?? {}) });
    this.editor.write = this.write;
    this.revision = stashed?.revision ?? record.revision;
    for (const pointer of stashed?.touched ?? []) this.editor.touched.add(pointer);
    for (const pointer of stashed?.accepted ?? []) this.editor.accepted.add(pointer);
    for (const [pointer, parts] of stashed?.raw ?? []) this.editor.raw.set(pointer, parts);
    this.conflict = undefined;
  }

  /**
   * Keeps the open section's unsaved answers when the user leaves it (back link, browser back), so
   * coming back shows them again; saving them still checks for conflicts from the revision first read.
   */
  stash(): void {
    if (!this.sectionKey || (this.editor.touched.size === 0 && this.editor.accepted.size === 0)) return;
    this.unsaved.set(this.sectionKey, {
      answers: this.editor.answers, revision: this.revision,
      touched: [...this.editor.touched], accepted: [...this.editor.accepted], raw: [...this.editor.raw],
    });
  }

  /** The user left the section screen: its typing is stashed and no section is open. */
  close(): void {
    this.stash();
    this.sectionKey = '';
    this.page = '';
    this.editor.reset({});
  }

  hasUnsaved(section: string): boolean {
    return this.unsaved.has(section);
  }

  forgetAll(): void {
    this.unsaved.clear();
  }

  /**
   * Saves the section. `complete`: the user asked to finish it, so missing answers stop the save.
   * Resolves true once saved.
   */
  async save(section: SectionView, complete: boolean): Promise<boolean> {
    const record = this.owner.record;
    if (!record) return false;
    const check = checkSection(this.owner.form!, { ...record.answers, ...this.editor.answers }, section.key);
    const errors = complete ? [...check.invalid, ...check.incomplete] : check.invalid;
    if (complete && section.pages.length > 0 && this.turnPage(section, errors)) return false;
    if (errors.length > 0 || (complete && this.editor.unreviewed(section).length > 0)) {
      this.editor.submit(complete, errors.map((e) => e.pointer));
      this.owner.focusSoon('.govuk-error-summary');
      this.owner.requestUpdate();
      return false;
    }
    await this.send();
    if (this.conflict || this.owner.problem) return false;
    this.unsaved.delete(section.key);
    this.sectionKey = '';
    this.editor.reset({});
    return true;
  }

  /**
   * "Continue" on a section with follow-up pages (x-page): problems on this page keep the user here; else
   * the next open page shows, fresh (errors show on its own submit); on the last page, an earlier page
   * with problems (changed since) shows with them. True when a page shows instead of saving.
   */
  private turnPage(section: SectionView, errors: AnswerError[]): boolean {
    const problemsOn = (page: string) => errorsOnPage(section, page, errors).length > 0 || this.editor.unreviewed(questionsOn(section, page)).length > 0;
    const after = pageAfter(section, this.page);
    const next = problemsOn(this.page) ? this.page : after ?? pagesInOrder(section).find(problemsOn);
    if (next === undefined) return false;
    if (next === after && !problemsOn(this.page)) {
      this.editor.submit(false, []);
      this.owner.focusSoon('h1');
    } else {
      this.editor.submit(true, errorsOnPage(section, next, errors).map((e) => e.pointer));
      this.owner.focusSoon('.govuk-error-summary');
    }
    this.page = next;
    this.owner.requestUpdate();
    return true;
  }

  private async send(): Promise<void> {
    const owner = this.owner;
    if (!owner.record) return;
    owner.busy = true;
    try {
      const result = await owner.client.saveSection(owner.record.id, this.sectionKey, { answers: this.patch(), revision: this.revision });
      if (result.ok) {
        this.conflict = undefined;
        // Prefilled answers accepted as they are still wait for review after the save: record the review.
        const accepted = [...this.editor.accepted].filter((p) => result.record.prefill[p]?.needsReview);
        owner.setRecord(accepted.length ? await owner.client.reviewPrefill(result.record.id, accepted) : result.record);
      } else {
        this.conflict = result.conflict;
        this.conflictChoices.clear();
        owner.focusSoon('#' + this.idFor('/conflict'));
        owner.requestUpdate();
      }
    } catch (error) {
      owner.problem = messageOf(error, owner.t);
      owner.focusSoon('.govuk-error-summary');
    } finally {
      owner.busy = false;
    }
  }

  /**
   * Only the questions this user changed or accepted. Sending the untouched rest of the section would
   * mark prefilled answers reviewed that nobody looked at, and would turn a colleague's newer answer to
   * a question this user never touched into a conflict. Follow-ups that closed are cleared by the engine.
   */
  private patch(): Record<string, AnswerValue | null> {
    const edited = this.editor.answers[this.sectionKey] ?? {};
    const patch: Record<string, AnswerValue | null> = {};
    for (const pointer of [...this.editor.touched, ...this.editor.accepted]) {
      const [, section, question] = pointer.split('/');
      if (section === this.sectionKey && question) patch[question] = edited[question] ?? null;
    }
    return patch;
  }

  choose(pointer: string, side: 'yours' | 'theirs'): void {
    this.conflictChoices.set(pointer, side);
    this.owner.requestUpdate();
  }

  /** Applies the user's choice between their answer and the one saved first, then saves again (as a draft). */
  async resolveConflict(section: SectionView): Promise<boolean> {
    const owner = this.owner;
    if (!this.conflict || !owner.record) return false;
    const theirs = this.conflict.theirs;
    // Neither answer is preselected: keeping one silently could throw away a colleague's warning.
    if (Object.keys({ ...theirs, ...this.conflict.yours }).some((pointer) => !this.conflictChoices.has(pointer))) {
      this.conflictUnchosen = true;
      owner.focusSoon('#' + this.idFor('/conflict'));
      owner.requestUpdate();
      return false;
    }
    this.conflictUnchosen = false;
    let answers = this.editor.answers;
    for (const pointer of Object.keys(theirs)) {
      if (this.conflictChoices.get(pointer) === 'theirs') answers = setAnswer(answers, pointer, theirs[pointer] as AnswerValue | undefined);
      this.editor.raw.delete(pointer);
    }
    this.editor.answers = clearHidden(owner.form!, answers);
    const fresh = await owner.client.record(owner.record.id);
    this.revision = fresh.revision;
    this.conflict = undefined;
    owner.setRecord(fresh);
    return this.save(section, false);
  }
}
