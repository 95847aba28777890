import { LitElement, html, nothing } from 'lit';
import type { SectionView } from '../engine/types.ts';
import type { TokenProvider } from './api-client.ts';
import { ensureGovukStyles } from './styles.ts';
import { RecordController } from './record/controller.ts';
import { renderTaskList } from './views/task-list.ts';
import { renderErrorSummary } from './views/error-summary.ts';
import { renderReadOnlySection } from './views/summary-list.ts';
import { renderSectionForm } from './views/section-form.ts';
import { renderCheckAnswers } from './views/check-answers.ts';
import { renderLocked } from './views/locked.ts';
import { renderCancel } from './views/cancel.ts';
import { renderHandoverForm, renderEventForm, renderRedFlagForm } from './views/entries.ts';
import type { PrintLink } from './views/print-button.ts';
import { languageOf, translatorFor } from './i18n.ts';
import { renderOfflineStatus } from './views/offline-status.ts';
import { registerOfflineShell } from './offline/register.ts';
import { messageOf } from './messages.ts';
import { pageAfter, pageBefore, questionsOn } from './record/section-pages.ts';

export { messageOf } from './messages.ts';

/**
 * The whole journey for one record: task list, one section at a time, check answers and confirm, and
 * the locked record with the entries still allowed. The element only renders: the journey's state and
 * requests live in RecordController, and each view gets a small interface, never the element. Renders
 * into the light DOM so GOV.UK styles, label `for` and error-summary links work as on any GOV.UK page.
 *
 * Signed in by the session cookie, or, on a page whose staff sign in through OIDC, by a token: set the
 * JS property `getToken` to a function returning the current access token (never an attribute, so the
 * token is not in the DOM). It is asked before every request. Set it before appending the element; set
 * later, the element loads the record again with it. Printing opens a new tab, which a token cannot
 * follow: with a token the element asks the server for a single-use print link (valid for a minute)
 * and opens that instead.
 *
 * With `offline`, the element keeps a sealed copy of the record on the device, records entries without
 * a signal and sends them when it returns, and registers the service worker that serves the page
 * offline (docs/offline.md). Leave it off on pages of other sites that embed the element.
 *
 * With `title-suffix` ("Person escort record – GOV.UK"), the element keeps the page title to the
 * screen's heading and that suffix, with "Error: " first while an error summary shows (GOV.UK pattern).
 *
 * `lang="cy"` on the element (or on the page) sets its language: its words, the engine's messages and
 * dates, the definition's translated text (asked of the API with ?lang=) and the API's messages.
 */
export class FormRecordElement extends LitElement {
  static properties = {
    recordId: { type: String, attribute: 'record-id' },
    api: { type: String },
    titleSuffix: { type: String, attribute: 'title-suffix' },
    offline: { type: Boolean },
    getToken: { attribute: false },
  };

  recordId = '';
  api = '/api';
  titleSuffix = '';
  offline = false;
  /** Yields the current OIDC access token; without it the session cookie signs the user in. */
  getToken?: TokenProvider;
  private controller?: RecordController;
  private loadedWithToken = false;

  get language(): string {
    return languageOf(this);
  }

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
    this.controller = new RecordController(this, this.api);
    window.addEventListener('popstate', this.controller.onPopState);
    if (this.controller.offline) {
      window.addEventListener('online', this.controller.offline.onOnline);
      void registerOfflineShell();
    }
    this.loadedWithToken = this.getToken !== undefined;
    void this.controller.load();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.controller) window.removeEventListener('popstate', this.controller.onPopState);
    if (this.controller?.offline) {
      window.removeEventListener('online', this.controller.offline.onOnline);
      this.controller.offline.stop();
    }
  }

  willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('getToken') && this.getToken && this.isConnected && !this.loadedWithToken && this.controller) {
      this.loadedWithToken = true;
      void this.controller.load();
    }
  }

  render() {
    const c = this.controller;
    if (!c?.view || !c.record) {
      const t = translatorFor(this.language);
      return c?.problem ? renderErrorSummary([{ message: c.problem }], t) : html`<p class="govuk-body" role="status">${t('components.record.loading')}</p>`;
    }
    return html`${c.offline ? renderOfflineStatus({ offline: c.offline, t: c.t, idFor: (p) => c.idFor(p), busy: c.busy, settle: (work) => this.settle(work) }) : nothing}
      ${c.notice ? this.renderNotice(c.notice) : nothing}${c.problem && c.screen !== 'section' ? renderErrorSummary([{ message: c.problem }], c.t, c.write) : nothing}
      ${this.renderScreen(c)}`;
  }

  private renderScreen(c: RecordController) {
    const view = c.view!;
    const heading = c.heading;
    const idFor = (pointer: string, part?: string) => c.idFor(pointer, part);
    const print: PrintLink = { href: c.printUrl(), open: (e) => void c.print(e) };
    const write = c.write;
    switch (c.screen) {
      case 'tasks':
        return renderTaskList({
          t: c.t, write, heading, print, idFor, hasUnsaved: (key) => c.hasUnsaved(key), openSection: (key) => c.openSection(key),
          check: () => c.go('check'), cancel: () => c.openEntry('cancel'),
        }, view);
      case 'section':
        return this.renderSection(c, c.currentSection());
      case 'check':
        return renderCheckAnswers({
          t: c.t, write, heading, busy: c.busy, idFor, back: () => c.go('tasks'), confirm: () => void c.confirmRecord(),
          change: (section, pointer, part = 'input') => c.openSection(section, true, pointer && (part === 'prefill'
            ? `[data-accept="${CSS.escape(pointer)}"]\n#${c.idFor(pointer, 'prefill')}`
            : `#${c.idFor(pointer, 'input')}`), pointer),
        }, view);
      case 'locked':
        return renderLocked({ t: c.t, write, record: c.record!, heading, print, idFor, openEntry: (kind) => c.openEntry(kind), waiting: c.offline?.waitingIds }, view);
      case 'cancel':
        return renderCancel(c, view);
      case 'handover':
        return renderHandoverForm(c, view);
      case 'event':
        return renderEventForm(c, view);
      case 'redFlag':
        return renderRedFlagForm(c, view);
    }
  }

  private renderSection(c: RecordController, section: SectionView | undefined) {
    if (!section) return nothing;
    const back = () => c.go('tasks');
    if (!section.canEdit) {
      return html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); back(); }}>${c.t('components.nav.backToTasks')}</a>${renderReadOnlySection(back, section, c.t, c.write)}`;
    }
    const editor = c.draft.editor;
    // A follow-up page (x-page) no longer opened by the answers falls back to the question page.
    const page = section.pages.find((p) => p.key === c.draft.page && p.open);
    const onPage = questionsOn(section, page?.key ?? '');
    const before = page ? pageBefore(section, page.key) : undefined;
    return renderSectionForm({
      questions: editor.context(), conflicts: c.draft, conflict: c.draft.conflict,
      errors: editor.shownErrors(onPage), unreviewed: editor.submitted ? editor.unreviewed(onPage) : [],
      problem: c.problem, busy: c.busy, back: before === undefined ? back : () => c.showPage(before),
      save: (complete) => void c.save(complete), resolveConflict: () => void c.resolveConflict(),
      page, continues: pageAfter(section, page?.key ?? '') !== undefined,
    }, section);
  }

  /** An action on an entry the server refused, with the buttons busy meanwhile. */
  private settle(work: () => Promise<void>): void {
    const c = this.controller!;
    c.busy = true;
    c.notice = '';
    this.requestUpdate();
    work().catch((error: unknown) => { c.problem = messageOf(error, c.t); }).finally(() => { c.busy = false; this.requestUpdate(); });
  }

  private renderNotice(notice: string) {
    const id = this.controller!.idFor('/notice');
    return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby=${id}>
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id=${id}>${this.controller!.t('components.banner.success')}</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${this.controller!.write(notice)}</p></div></div>`;
  }

  updated(): void {
    const c = this.controller;
    if (!c) return;
    if (c.draft.editor.focus) {
      c.focusAfterRender = c.draft.editor.focus;
      c.draft.editor.focus = '';
    }
    this.updateTitle();
    if (!c.focusAfterRender) return;
    // One selector a line, the first that finds something wins.
    const found = c.focusAfterRender.split('\n').map((s) => this.querySelector<HTMLElement>(s)).find((el) => el);
    c.focusAfterRender = '';
    // A new list item takes focus on its first field.
    const target = found?.tagName === 'FIELDSET' ? found.querySelector<HTMLElement>('input, textarea') ?? found : found;
    if (target) {
      if (!target.hasAttribute('tabindex') && !/^(INPUT|BUTTON|A|TEXTAREA|SELECT)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  /** The page title follows the screen's heading; "Error: " first while errors show. */
  private updateTitle(): void {
    if (!this.titleSuffix) return;
    const heading = this.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const error = this.querySelector('.govuk-error-summary') ? 'Error: ' : '';
    const title = heading && !this.titleSuffix.startsWith(heading) ? `${heading} – ${this.titleSuffix}` : this.titleSuffix;
    document.title = error + title;
  }
}
