import { LitElement, html, nothing } from 'lit';
import type { AnswerValue, Answers, FormRecord, SectionView, ViewModel } from '../engine/types.ts';
import { ApiClient, ApiError, type ConflictBody, type SessionInfo, type TokenProvider } from './api-client.ts';
import { startOfEntry } from './views/entry-time.ts';
import { loadForm, buildView, clearHidden, checkSection, type LoadedForm } from './engine-bridge.ts';
import { setAnswer } from './answers-path.ts';
import { AnswerEditor } from './answer-editor.ts';
import { ensureGovukStyles } from './styles.ts';
import { renderQuestion } from './questions/index.ts';
import { renderTaskList } from './views/task-list.ts';
import { renderErrorSummary, type SummaryError } from './views/error-summary.ts';
import { renderReadOnlySection } from './views/summary-list.ts';
import { renderConflict } from './views/conflict.ts';
import { renderConfirm } from './views/confirm.ts';
import { renderLocked } from './views/locked.ts';
import { renderCancel } from './views/cancel.ts';
import { renderHandoverForm, renderEventForm, renderRedFlagForm, entryErrorsOf, type EntryKind } from './views/entries.ts';

type Screen = 'tasks' | 'section' | 'confirm' | 'sure' | 'locked' | 'cancel' | EntryKind;
/** The screens of a confirmed, handed-over or cancelled record. */
const LOCKED_SCREENS = new Set<Screen>(['locked', 'cancel', 'handover', 'event', 'redFlag']);

/**
 * The whole journey for one record: task list, one section at a time, confirmation, and the locked
 * record with the entries still allowed. Renders into the light DOM so GOV.UK styles, label `for` and
 * error-summary links work as on any GOV.UK page.
 *
 * Signed in by the session cookie, or, on a page whose staff sign in through OIDC, by a token: set the
 * JS property `getToken` to a function returning the current access token (never an attribute, so the
 * token is not in the DOM). It is asked before every request. Set it before appending the element; set
 * later, the element loads the record again with it. Printing opens a new tab, which a token cannot
 * follow: with a token the element asks the server for a single-use print link (valid for a minute)
 * and opens that instead.
 */
export class FormRecordElement extends LitElement {
  static properties = {
    recordId: { type: String, attribute: 'record-id' },
    api: { type: String },
    screen: { state: true },
    sectionKey: { state: true },
    problem: { state: true },
    notice: { state: true },
    busy: { state: true },
    getToken: { attribute: false },
  };

  recordId = '';
  api = '/api';
  screen: Screen = 'tasks';
  sectionKey = '';
  /** A failure to show at the top of the page (network, refused request). */
  problem = '';
  /** A success message (GOV.UK notification banner). */
  notice = '';
  busy = false;
  /** Yields the current OIDC access token; without it the session cookie signs the user in. */
  getToken?: TokenProvider;

  client!: ApiClient;
  session?: SessionInfo;
  locationNames = new Map<string, string>();
  record?: FormRecord;
  form?: LoadedForm;
  view?: ViewModel;
  /** Answers of the open section as the user has typed them; kept until saved, whatever happens. */
  readonly editor = new AnswerEditor(
    (answers) => clearHidden(this.form!, answers),
    () => this.refreshView(),
  );
  /** The record revision the open section's answers were loaded at. */
  draftRevision = 0;
  conflict?: ConflictBody;
  /** Answers typed in sections the user left without saving, by section. */
  unsaved = new Map<string, { answers: Answers; revision: number; touched: string[]; accepted: string[]; raw: [string, Record<string, string>][] }>();
  conflictChoices = new Map<string, 'yours' | 'theirs'>();
  /** The user asked to save before choosing an answer for every conflicting question. */
  conflictUnchosen = false;
  /** Fields of the handover, event or red flag being entered. */
  entry: Record<string, string | boolean> = {};
  entryErrors: Record<string, string> = {};
  /** Focus the error summary (or heading) after the next render. */
  private focusAfterRender = '';
  /** Counts loads, so a load overtaken by a newer one (the token arrived meanwhile) changes nothing. */
  private loads = 0;
  private loadedWithToken = false;

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
    this.client = new ApiClient(this.api, { token: () => this.getToken?.() });
    window.addEventListener('popstate', this.onPopState);
    void this.load();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('getToken') && this.getToken && this.isConnected && !this.loadedWithToken) void this.load();
  }

  async load(): Promise<void> {
    const load = ++this.loads;
    this.loadedWithToken = this.getToken !== undefined;
    try {
      this.busy = true;
      this.problem = '';
      const [session, record, locations] = await Promise.all([
        this.client.session(), this.client.record(this.recordId), this.client.locations().catch(() => []),
      ]);
      if (load !== this.loads) return;
      this.session = session;
      this.locationNames = new Map(locations.map((l) => [l.code, l.name]));
      this.form = await loadForm(this.client, record.form, record.version);
      this.setRecord(record);
      this.screen = this.isLocked() ? 'locked' : 'tasks';
      history.replaceState({ formRecord: this.recordId, screen: this.screen }, '');
    } catch (error) {
      if (load === this.loads) this.problem = messageOf(error);
    } finally {
      if (load === this.loads) this.busy = false;
    }
  }

  setRecord(record: FormRecord): void {
    this.record = record;
    this.refreshView();
  }

  /** Rebuilds the view model from the stored record with the open section's draft in place. */
  refreshView(): void {
    if (!this.form || !this.record) return;
    const record = this.screen === 'section' && this.sectionKey
      ? { ...this.record, answers: { ...this.record.answers, ...this.editor.answers } }
      : this.record;
    this.view = buildView(this.form, record, this.session?.roles ?? []);
    this.requestUpdate();
  }

  isLocked(): boolean {
    return this.record ? this.record.state !== 'draft' && this.record.state !== 'complete' : false;
  }

  canEdit(section: SectionView): boolean {
    return !this.isLocked() && section.canEdit === true;
  }

  currentSection(): SectionView | undefined {
    return this.view?.sections.find((s) => s.key === this.sectionKey);
  }

  // Navigation -------------------------------------------------------------------------------------

  openSection(key: string, push = true): void {
    if (!this.record) return;
    this.stashDraft();
    this.sectionKey = key;
    const stashed = this.unsaved.get(key);
    this.editor.reset(stashed?.answers ?? { [key]: structuredClone(this.record.answers[key] ?? {}) });
    this.draftRevision = stashed?.revision ?? this.record.revision;
    for (const pointer of stashed?.touched ?? []) this.editor.touched.add(pointer);
    for (const pointer of stashed?.accepted ?? []) this.editor.accepted.add(pointer);
    for (const [pointer, parts] of stashed?.raw ?? []) this.editor.raw.set(pointer, parts);
    this.conflict = undefined;
    this.notice = '';
    this.go('section', push);
  }

  /**
   * Keeps the open section's unsaved answers when the user leaves it (back link, browser back), so
   * coming back shows them again; saving them still checks for conflicts from the revision first read.
   */
  private stashDraft(): void {
    if (this.screen !== 'section' || !this.sectionKey) return;
    if (this.editor.touched.size === 0 && this.editor.accepted.size === 0) return;
    this.unsaved.set(this.sectionKey, {
      answers: this.editor.answers, revision: this.draftRevision,
      touched: [...this.editor.touched], accepted: [...this.editor.accepted], raw: [...this.editor.raw],
    });
  }

  hasUnsaved(section: string): boolean {
    return this.unsaved.has(section);
  }

  private readonly onPopState = (event: PopStateEvent) => {
    const state = event.state as { formRecord?: string; screen?: Screen; sectionKey?: string } | null;
    if (state?.formRecord !== this.recordId || !state.screen) return;
    // Back past the confirmation or cancellation: the editing screens no longer apply.
    if (this.isLocked() && (this.record?.state === 'cancelled' ? state.screen !== 'locked' : !LOCKED_SCREENS.has(state.screen))) {
      this.go('locked', false);
      return;
    }
    if (state.screen === 'section' && state.sectionKey) this.openSection(state.sectionKey, false);
    else this.go(state.screen, false);
  };

  /** Opens a handover, event or red flag form (its time set to now), or the "are you sure" of cancelling. */
  openEntry(kind: EntryKind | 'cancel'): void {
    this.entry = kind === 'cancel' ? {} : startOfEntry();
    this.entryErrors = {};
    this.notice = '';
    this.go(kind);
  }

  /**
   * The print link's click: with a token provider, opens the print page through a single-use link
   * (the navigation could not carry the token); without one, the plain link opens it with the cookie.
   */
  async print(event: Event): Promise<void> {
    if (!this.record || !this.getToken) return;
    event.preventDefault();
    try {
      window.open(await this.client.printLink(this.record.id), '_blank', 'noopener');
    } catch (error) {
      this.problem = messageOf(error);
      this.focusAfterRender = '.govuk-error-summary';
    }
  }

  /** Moves focus to the element matching `selector` once the next render is on screen. */
  focusSoon(selector: string): void {
    this.focusAfterRender = selector;
  }

  idFor(pointer: string, part?: string): string {
    return this.editor.idFor(pointer, part);
  }

  go(screen: Screen, push = true): void {
    this.stashDraft();
    // Each screen is a history entry, so the browser's back button steps back through the journey.
    if (push) history.pushState({ formRecord: this.recordId, screen, sectionKey: this.sectionKey }, '');
    this.screen = screen;
    this.problem = '';
    this.focusAfterRender = 'h1';
    this.refreshView();
    window.scrollTo(0, 0);
    if (screen === 'tasks' || screen === 'confirm') void this.catchUp();
  }

  /** Fetches the record again so the task list and blockers include what others saved meanwhile. */
  private async catchUp(): Promise<void> {
    if (!this.record) return;
    try {
      const fresh = await this.client.record(this.record.id);
      if (fresh.revision === this.record.revision) return;
      this.setRecord(fresh);
      // Someone confirmed it meanwhile: only the locked view makes sense now.
      if (this.isLocked() && this.screen !== 'locked') this.go('locked', false);
    } catch {
      // The screen still shows the last known record; the next save reports any real problem.
    }
  }

  // Saving -----------------------------------------------------------------------------------------

  /** Saves the section. `complete`: the user asked to finish it, so missing answers stop the save. */
  async save(complete: boolean): Promise<void> {
    const section = this.currentSection();
    if (!section || !this.record) return;
    const check = checkSection(this.form!, { ...this.record.answers, ...this.editor.answers }, section.key);
    const errors = complete ? [...check.invalid, ...check.incomplete] : check.invalid;
    if (errors.length > 0 || (complete && this.editor.unreviewed(section).length > 0)) {
      this.editor.submitted = complete;
      if (!complete) for (const e of errors) this.editor.touched.add(e.pointer);
      this.focusAfterRender = '.govuk-error-summary';
      this.requestUpdate();
      return;
    }
    await this.send();
    if (!this.conflict && !this.problem) {
      this.unsaved.delete(section.key);
      this.editor.reset({});
      this.notice = `${section.title} saved`;
      this.go('tasks');
    }
  }

  async send(): Promise<void> {
    if (!this.record) return;
    this.busy = true;
    try {
      const result = await this.client.saveSection(this.record.id, this.sectionKey, {
        answers: this.sectionPatch(), revision: this.draftRevision,
      });
      if (result.ok) {
        this.conflict = undefined;
        // Prefilled answers accepted as they are still wait for review after the save: record the review.
        const accepted = [...this.editor.accepted].filter((p) => result.record.prefill[p]?.needsReview);
        this.setRecord(accepted.length ? await this.client.reviewPrefill(result.record.id, accepted) : result.record);
      } else {
        this.conflict = result.conflict;
        this.conflictChoices.clear();
        this.focusAfterRender = '#' + this.idFor('/conflict');
        this.requestUpdate();
      }
    } catch (error) {
      this.problem = messageOf(error);
      this.focusAfterRender = '.govuk-error-summary';
    } finally {
      this.busy = false;
    }
  }

  /**
   * Only the questions this user changed or accepted. Sending the untouched rest of the section would
   * mark prefilled answers reviewed that nobody looked at, and would turn a colleague's newer answer to
   * a question this user never touched into a conflict. Follow-ups that closed are cleared by the engine.
   */
  sectionPatch(): Record<string, AnswerValue | null> {
    const edited = this.editor.answers[this.sectionKey] ?? {};
    const patch: Record<string, AnswerValue | null> = {};
    for (const pointer of [...this.editor.touched, ...this.editor.accepted]) {
      const [, section, question] = pointer.split('/');
      if (section === this.sectionKey && question) patch[question] = edited[question] ?? null;
    }
    return patch;
  }

  /** Applies the user's choice between their answer and the one saved first, then saves again. */
  async resolveConflict(): Promise<void> {
    if (!this.conflict || !this.record) return;
    const theirs = this.conflict.theirs;
    // Neither answer is preselected: keeping one silently could throw away a colleague's warning.
    if (Object.keys({ ...theirs, ...this.conflict.yours }).some((pointer) => !this.conflictChoices.has(pointer))) {
      this.conflictUnchosen = true;
      this.focusAfterRender = '#' + this.idFor('/conflict');
      this.requestUpdate();
      return;
    }
    this.conflictUnchosen = false;
    let answers = this.editor.answers;
    for (const pointer of Object.keys(theirs)) {
      if (this.conflictChoices.get(pointer) === 'theirs') answers = setAnswer(answers, pointer, theirs[pointer] as AnswerValue | undefined);
      this.editor.raw.delete(pointer);
    }
    this.editor.answers = clearHidden(this.form!, answers);
    const fresh = await this.client.record(this.record.id);
    this.draftRevision = fresh.revision;
    this.conflict = undefined;
    this.setRecord(fresh);
    await this.save(false);
  }

  /**
   * Runs one request that changes the record while the buttons are busy; a refusal shows in the error
   * summary, which takes focus. `refused` may claim the error (field errors) by returning true.
   */
  private async act(work: (id: string) => Promise<void>, refused?: (error: unknown) => Promise<boolean>): Promise<void> {
    if (!this.record) return;
    this.busy = true;
    try {
      await work(this.record.id);
    } catch (error) {
      if (!(await refused?.(error))) this.problem = messageOf(error);
      this.focusAfterRender = '.govuk-error-summary';
    } finally {
      this.busy = false;
    }
  }

  confirmRecord(): Promise<void> {
    return this.act(async (id) => {
      this.setRecord(await this.client.confirm(id));
      this.notice = 'Record confirmed';
      this.go('locked');
    });
  }

  addEntry(kind: EntryKind, body: Record<string, unknown>): Promise<void> {
    return this.act(async (id) => {
      const record = kind === 'handover'
        ? await this.client.handover(id, body as never)
        : kind === 'event' ? await this.client.addEvent(id, body as never) : await this.client.addRedFlag(id, body as never);
      this.setRecord(record);
      this.notice = kind === 'handover' ? 'Handover recorded' : kind === 'event' ? 'Event added' : 'Red flag added';
      this.go('locked');
    }, async (error) => {
      // Fields the server refused show beside the field; anything else at the top.
      const fields = entryErrorsOf(error);
      if (!Object.keys(fields).length) return false;
      this.entryErrors = fields;
      // Someone may have added a red flag since this page loaded: show it, to be acknowledged too.
      if (kind === 'handover') this.setRecord(await this.client.record(this.record!.id).catch(() => this.record!));
      return true;
    });
  }

  /** Cancels the record (the move is not going ahead); it stays readable and printable. */
  cancelRecord(reason: string): Promise<void> {
    return this.act(async (id) => {
      this.setRecord(await this.client.cancel(id, reason.trim() ? { reason: reason.trim() } : {}));
      this.unsaved.clear();
      // The locked view's own banner says it was cancelled, by whom and why: one banner, not two.
      this.go('locked');
    });
  }

  // Rendering --------------------------------------------------------------------------------------

  render() {
    if (!this.view || !this.record) {
      return this.problem
        ? renderErrorSummary([{ message: this.problem }])
        : html`<p class="govuk-body" role="status">Loading the record…</p>`;
    }
    return html`${this.notice ? this.renderNotice() : nothing}${this.problem && this.screen !== 'section' ? renderErrorSummary([{ message: this.problem }]) : nothing}
      ${this.renderScreen()}`;
  }

  renderScreen() {
    const view = this.view!;
    switch (this.screen) {
      case 'tasks':
        return renderTaskList(this, view);
      case 'section':
        return this.renderSection();
      case 'confirm':
      case 'sure':
        return renderConfirm(this, view, this.screen === 'sure');
      case 'locked':
        return renderLocked(this, view);
      case 'cancel':
        return renderCancel(this, view);
      case 'handover':
        return renderHandoverForm(this, view);
      case 'event':
        return renderEventForm(this, view);
      case 'redFlag':
        return renderRedFlagForm(this, view);
    }
  }

  renderNotice() {
    return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby=${this.idFor('/notice')}>
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id=${this.idFor('/notice')}>Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${this.notice}</p></div></div>`;
  }

  renderSection() {
    const section = this.currentSection();
    if (!section) return nothing;
    const back = html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); this.go('tasks'); }}>Back to tasks</a>`;
    if (!this.canEdit(section)) return html`${back}${renderReadOnlySection(this, section)}`;
    const ctx = this.editor.context();
    const errors = this.editor.shownErrors(section);
    const unreviewed = this.editor.submitted ? this.editor.unreviewed(section) : [];
    const summary = [
      ...(this.problem ? [{ message: this.problem }] : []),
      ...errors,
      ...unreviewed.map((q) => ({ message: `Accept or change the answer to “${q.label}”`, href: `#${this.idFor(q.pointer, 'prefill')}` })),
    ];
    return html`${back}
      ${this.conflict ? renderConflict(this, section, this.conflict) : nothing}
      ${summary.length ? renderErrorSummary(summary) : nothing}
      <h1 class="govuk-heading-l" tabindex="-1">${section.title}</h1>
      ${section.description ? html`<p class="govuk-body">${section.description}</p>` : nothing}
      <form novalidate @submit=${(e: Event) => { e.preventDefault(); void this.save(true); }}>
        ${section.questions.map((q) => renderQuestion(ctx, q))}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" ?disabled=${this.busy}>Save and continue</button>
          <button type="button" class="govuk-button govuk-button--secondary" ?disabled=${this.busy} @click=${() => void this.save(false)}>Save as draft</button>
        </div>
      </form>`;
  }

  updated(): void {
    if (this.editor.focus) {
      this.focusAfterRender = this.editor.focus;
      this.editor.focus = '';
    }
    if (!this.focusAfterRender) return;
    const found = this.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = '';
    // A new list item takes focus on its first field.
    const target = found?.tagName === 'FIELDSET' ? found.querySelector<HTMLElement>('input, textarea') ?? found : found;
    if (target) {
      if (!target.hasAttribute('tabindex') && !/^(INPUT|BUTTON|A|TEXTAREA|SELECT)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return 'You are signed out. Sign in again in a new tab, then save again: your answers stay on this page.';
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong';
}

