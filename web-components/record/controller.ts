import type { FormRecord, RecordScreen, SectionView, ViewModel } from '../../engine/types.ts';
import { ApiClient, type SessionInfo, type TokenProvider } from '../api-client.ts';
import { buildView, loadForm, type LoadedForm } from '../engine-bridge.ts';
import { messageOf } from '../messages.ts';
import { startOfEntry } from '../views/entry-time.ts';
import { entryErrorsOf, type EntryKind } from '../views/entries.ts';
import { SectionDraft, type DraftOwner } from './section-draft.ts';
import { pageHolding } from './section-pages.ts';
import { headingFor, type RecordHeading } from '../views/record-heading.ts';
import { openPrintLink } from './print-link.ts';
import type { EntryContext } from '../views/entry-context.ts';
import { translatorFor, type Translate } from '../i18n.ts';
import { isNetworkError, OfflineMode } from './offline-mode.ts';
import { writerOf, type Written } from '../english-marked.ts';

/** What the controller needs from the element that shows it. */
export interface RecordHost {
  readonly recordId: string;
  readonly getToken?: TokenProvider;
  /** The language the element speaks (its lang attribute, or the page's). */
  readonly language: string;
  /** Keep a sealed copy and record entries without a signal (docs/offline.md). */
  readonly offline?: boolean;
  requestUpdate(): void;
}

export type Screen = RecordScreen;

/**
 * The journey through one record, without any markup: which screen shows, the stored record and its
 * view model, the open section's draft, and every request that changes the record. What the user may
 * do (which screens, confirm, cancel, entries) is the engine's view model's word, never decided here.
 */
export class RecordController implements DraftOwner, EntryContext {
  readonly client: ApiClient;
  readonly draft: SectionDraft;
  /** Present on a page that works offline. */
  readonly offline?: OfflineMode;
  session?: SessionInfo;
  locationNames = new Map<string, string>();
  record?: FormRecord;
  form?: LoadedForm;
  view?: ViewModel;
  screen: Screen = 'tasks';
  /** A failure to show at the top of the page (network, refused request). */
  problem = '';
  /** A success message (GOV.UK notification banner). */
  notice = '';
  busy = false;
  /** Fields of the handover, event, red flag or cancellation being entered. */
  entry: Record<string, string | boolean> = {};
  entryErrors: Record<string, string> = {};
  /** The element to focus after the next render: the error summary, a heading, a question. */
  focusAfterRender = '';
  /** Counts loads, so a load overtaken by a newer one (the token arrived meanwhile) changes nothing. */
  private loads = 0;

  constructor(private readonly host: RecordHost, api: string) {
    this.client = new ApiClient(api, { token: () => host.getToken?.(), lang: () => host.language });
    this.draft = new SectionDraft(this);
    if (host.offline) this.offline = new OfflineMode(this);
  }

  /** The words of the element's language, asked each time so a changed lang attribute takes effect. */
  get t(): Translate {
    return translatorFor(this.host.language);
  }

  requestUpdate(): void { this.host.requestUpdate(); }

  idFor(pointer: string, part?: string): string { return this.draft.idFor(pointer, part); }

  /** Moves focus to the element matching `selector` once the next render is on screen. */
  focusSoon(selector: string): void {
    this.focusAfterRender = selector;
  }

  async load(): Promise<void> {
    const load = ++this.loads;
    try {
      this.busy = true;
      this.problem = '';
      this.requestUpdate();
      const [session, record, locations] = await Promise.all([
        this.client.session(), this.client.record(this.host.recordId), this.client.locations().catch(() => []),
      ]);
      if (load !== this.loads) return;
      this.session = session;
      this.locationNames = new Map(locations.map((l) => [l.code, l.name]));
      this.form = await loadForm(this.client, record.form, record.version);
      this.setRecord(record);
      this.screen = this.view!.affordances.home;
      history.replaceState({ formRecord: this.host.recordId, screen: this.screen }, '');
      void this.offline?.keep(record);
    } catch (error) {
      // A copy that cannot be opened (its validator not kept) says why, rather than loading for ever.
      const restored = load === this.loads && this.offline && isNetworkError(error) && (await this.offline.restore(this.host.recordId).catch(() => false));
      if (restored) this.screen = this.view!.affordances.home;
      else if (load === this.loads) this.problem = messageOf(error, this.t);
    } finally {
      if (load === this.loads) this.busy = false;
      this.requestUpdate();
    }
  }

  setRecord(record: FormRecord): void {
    this.record = this.offline ? this.offline.withQueued(record) : record;
    this.refreshView();
  }

  /** Rebuilds the view model from the stored record with the open section's draft in place. */
  refreshView(): void {
    if (!this.form || !this.record) return;
    const section = this.screen === 'section' ? this.draft.sectionKey : '';
    const record = section ? { ...this.record, answers: { ...this.record.answers, ...this.draft.editor.answers } } : this.record;
    this.view = buildView(this.form, record, this.session?.roles ?? [], this.t);
    this.requestUpdate();
  }

  /** Who and which move: the start of every screen. Needs a loaded record. */
  get heading(): RecordHeading { return headingFor(this.record!, this.view!, this.locationNames); }

  get places(): string[] { return [...this.locationNames.values()]; }

  get write(): Written { return writerOf(this.form); }

  currentSection(): SectionView | undefined {
    return this.screen === 'section' ? this.view?.sections.find((s) => s.key === this.draft.sectionKey) : undefined;
  }

  sectionByKey(key: string): SectionView | undefined {
    return this.view?.sections.find((s) => s.key === key);
  }

  // Navigation -------------------------------------------------------------------------------------

  /** Opens a section at the page asking `pointer`; `focus` (selectors, one a line, first found wins) takes focus, as a "Change" link does. */
  openSection(key: string, push = true, focus?: string, pointer?: string): void {
    if (!this.record) return;
    this.draft.open(key, this.record);
    this.notice = '';
    this.show('section', push, key);
    const section = this.currentSection();
    if (pointer && section) this.showPage(pageHolding(section, pointer), false);
    if (focus) this.focusAfterRender = focus;
  }

  /** Shows one page of the open section ('' for the question page, or a follow-up page's key), a history entry of its own. */
  showPage(page: string, push = true, focus = 'h1'): void {
    this.draft.page = page;
    history[push ? 'pushState' : 'replaceState']({ formRecord: this.host.recordId, screen: 'section', sectionKey: this.draft.sectionKey, page }, '');
    this.problem = '';
    if (focus) this.focusAfterRender = focus;
    window.scrollTo(0, 0);
    this.requestUpdate();
  }

  hasUnsaved(section: string): boolean {
    return this.draft.hasUnsaved(section);
  }

  readonly onPopState = (event: PopStateEvent): void => {
    const state = event.state as { formRecord?: string; screen?: Screen; sectionKey?: string; page?: string } | null;
    if (state?.formRecord !== this.host.recordId || !state.screen || !this.view) return;
    // Back past the confirmation or cancellation: the screens of the earlier state no longer apply.
    if (!this.view.affordances.screens.includes(state.screen)) this.go(this.view.affordances.home, false);
    else if (state.screen === 'section' && state.sectionKey === this.draft.sectionKey && this.screen === 'section') this.showPage(state.page ?? '', false);
    else if (state.screen === 'section' && state.sectionKey) this.openSection(state.sectionKey, false);
    else this.go(state.screen, false);
  };

  /** Opens a handover, event or red flag form (its time set to now), or the "are you sure" of cancelling. */
  openEntry(kind: EntryKind | 'cancel'): void {
    this.entry = kind === 'cancel' ? {} : startOfEntry();
    this.entryErrors = {};
    this.notice = '';
    this.go(kind);
  }

  go(screen: Screen, push = true): void {
    if (this.screen === 'section') this.draft.close();
    this.show(screen, push);
  }

  private show(screen: Screen, push: boolean, sectionKey = ''): void {
    // Each screen is a history entry, so the browser's back button steps back through the journey.
    if (push) history.pushState({ formRecord: this.host.recordId, screen, sectionKey }, '');
    this.screen = screen;
    this.problem = '';
    this.focusAfterRender = 'h1';
    this.refreshView();
    window.scrollTo(0, 0);
    if (screen === 'tasks' || screen === 'check') void this.catchUp();
  }

  /** Fetches the record again so the task list and blockers include what others saved meanwhile. */
  private async catchUp(): Promise<void> {
    if (!this.record) return;
    try {
      const fresh = await this.client.record(this.record.id);
      if (fresh.revision === this.record.revision) return;
      this.setRecord(fresh);
      // Someone confirmed or cancelled it meanwhile: only the screens of its new state make sense now.
      if (!this.view!.affordances.screens.includes(this.screen)) this.go(this.view!.affordances.home, false);
    } catch {
      // The screen still shows the last known record; the next save reports any real problem.
    }
  }

  /** The print link's click (record/print-link.ts). */
  print(event: Event): Promise<void> { return openPrintLink(this, Boolean(this.host.getToken), event); }

  printUrl(): string { return this.record ? this.client.printUrl(this.record.id) : ''; }

  // Changing the record ----------------------------------------------------------------------------

  /** Saves the open section; `complete` asks to finish it (missing answers stop the save). */
  async save(complete: boolean): Promise<void> {
    const section = this.currentSection();
    if (!section) return;
    this.requestUpdate();
    const page = this.draft.page;
    const saved = await this.draft.save(section, complete);
    // "Continue" led to another page of the section (the draft chose what takes focus).
    if (!saved && this.draft.page !== page) this.showPage(this.draft.page, true, '');
    this.afterSave(section, saved);
  }

  async resolveConflict(): Promise<void> {
    const section = this.currentSection();
    if (!section) return;
    this.afterSave(section, await this.draft.resolveConflict(section));
  }

  private afterSave(section: SectionView, saved: boolean): void {
    if (saved) {
      this.notice = this.t('components.notice.saved', { section: section.title });
      this.show('tasks', true);
    } else this.requestUpdate();
  }

  /**
   * Runs one request that changes the record while the buttons are busy; a refusal shows in the error
   * summary, which takes focus. `refused` may claim the error (field errors) by returning true.
   */
  private async act(work: (id: string) => Promise<void>, refused?: (error: unknown) => Promise<boolean>): Promise<void> {
    if (!this.record) return;
    this.busy = true;
    this.requestUpdate();
    try {
      await work(this.record.id);
    } catch (error) {
      if (!(await refused?.(error))) this.problem = messageOf(error, this.t);
      this.focusAfterRender = '.govuk-error-summary';
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  confirmRecord(): Promise<void> {
    return this.act(async (id) => {
      this.setRecord(await this.client.confirm(id));
      this.notice = this.t('components.notice.confirmed');
      this.go('locked');
    });
  }

  /** On a page that works offline, through the outbox (sent at once when there is a signal). */
  addEntry(kind: EntryKind, body: Record<string, unknown>): Promise<void> {
    return this.act(async (id) => {
      if (this.offline) await this.offline.record(this.record!, kind, body);
      else this.setRecord(kind === 'handover' ? await this.client.handover(id, body as never)
        : kind === 'event' ? await this.client.addEvent(id, body as never) : await this.client.addRedFlag(id, body as never));
      // While it waits to be sent, the offline banner says so instead.
      this.notice = this.offline?.waiting ? '' : this.t(`components.notice.${kind}`);
      this.go('locked');
    }, (error) => this.entryRefused(kind, error));
  }

  /** Fields the server refused show beside the field; anything else at the top. */
  private async entryRefused(kind: EntryKind, error: unknown): Promise<boolean> {
    const fields = entryErrorsOf(error);
    if (!Object.keys(fields).length) return false;
    this.entryErrors = fields;
    // Someone may have added a red flag since this page loaded: show it, to be acknowledged too.
    if (kind === 'handover' && !isNetworkError(error)) this.setRecord(await this.client.record(this.record!.id).catch(() => this.record!));
    return true;
  }

  /** Cancels the record (the move is not going ahead); it stays readable and printable. */
  cancelRecord(reason: string): Promise<void> {
    return this.act(async (id) => {
      this.setRecord(await this.client.cancel(id, reason.trim() ? { reason: reason.trim() } : {}));
      this.draft.forgetAll();
      // The locked view's own banner says it was cancelled, by whom and why: one banner, not two.
      this.go('locked');
    });
  }
}
