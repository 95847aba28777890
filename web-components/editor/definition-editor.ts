import { html, nothing } from 'lit';
import type { DefinitionProblem } from '../../engine/types.ts';
import { ROLES } from '../../engine/vocabulary/index.ts';
import { BROWSER_CHECKER_FILE } from '../../engine/check/validators.ts';
import { sayProblem } from '../../engine/check/words.ts';
import { ApiError } from '../api-client.ts';
import type { Json, StructuredContext } from './context.ts';
import { idFor } from './context.ts';
import type { Draft } from './drafts-client.ts';
import { PolicyElement } from './policy-element.ts';
import type { JsonView } from './json-view.ts';
import { createJsonView } from './json-view.ts';
import { questionsOf, sectionsOf } from './structure.ts';
import { renderStructuredView } from './structured-view.ts';

/** The problems list is brought up to date once changes pause this long. */
const PROBLEMS_PAUSE_MS = 250;
/** Undo keeps this many earlier definitions. */
const UNDO_LIMIT = 200;

type Checker = { checkDefinition(definition: unknown): DefinitionProblem[] };
let checker: Promise<Checker> | undefined;
const browserChecker = () => (checker ??= import(new URL(`/components/${BROWSER_CHECKER_FILE}`, document.baseURI).href) as Promise<Checker>);

/**
 * The definition editor of one draft, for policy teams: a structured view for the common work and a
 * JSON view for everything else, with undo; the live <form-preview> beside them; the checker's problems
 * listed with links to the place; save (at the revision read) and submit for approval.
 */
export class DefinitionEditorElement extends PolicyElement {
  static properties = {
    api: { type: String }, draftId: { type: String, attribute: 'draft-id' },
    draft: { state: true }, definition: { state: true }, mode: { state: true }, problems: { state: true }, status: { state: true },
    failure: { state: true }, selectedSection: { state: true }, selectedQuestion: { state: true }, jsonProblem: { state: true }, dirty: { state: true },
  };

  draftId = '';
  draft?: Draft;
  definition?: Json;
  mode: 'structured' | 'json' = 'structured';
  problems: DefinitionProblem[] = [];
  status = '';
  failure = '';
  jsonProblem = '';
  dirty = false;
  selectedSection = '';
  selectedQuestion = '';
  /** Changes in the JSON view closer together than this are one undo step. */
  typingPauseMs = 1000;
  private undoStack: Json[] = [];
  private lastTyping = 0;
  private jsonView?: JsonView;
  private checkTimer?: ReturnType<typeof setTimeout>;

  protected start(): void {
    this.addEventListener('keydown', (event) => this.undoKey(event));
    void this.load();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonView?.destroy();
  }

  private async load(): Promise<void> {
    try {
      this.draft = await this.client.get(this.draftId);
      this.show(this.draft.definition);
      this.selectedSection = sectionsOf(this.draft.definition)[0]?.key ?? '';
    } catch (error) {
      this.failure = this.t('editor.draft.notLoaded', { reason: (error as Error).message });
    }
  }

  /**
   * Shows a definition everywhere: the preview at once, the JSON view unless it is the source, and the
   * problems list once changes pause (the preview runs the checker itself; listing its problems here
   * must not hold the preview up).
   */
  private show(definition: Json, fromJson = false): void {
    this.definition = definition;
    if (!fromJson) this.jsonView?.setText(JSON.stringify(definition, null, 2));
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      void browserChecker().then((c) => {
        if (this.definition === definition) this.problems = c.checkDefinition(definition);
      }, (error: unknown) => { this.failure = this.t('editor.draft.checkerNotLoaded', { reason: (error as Error).message }); });
    }, PROBLEMS_PAUSE_MS);
  }

  private change(next: Json, fromJson = false): void {
    const now = Date.now();
    const typing = fromJson && now - this.lastTyping < this.typingPauseMs;
    this.lastTyping = fromJson ? now : 0;
    if (!typing && this.definition) this.undoStack = [...this.undoStack.slice(-UNDO_LIMIT + 1), this.definition];
    this.dirty = true;
    this.status = '';
    this.show(next, fromJson);
  }

  undo(): void {
    const previous = this.undoStack.at(-1);
    if (!previous) return;
    this.undoStack = this.undoStack.slice(0, -1);
    this.lastTyping = 0;
    this.dirty = true;
    this.status = this.t('editor.draft.undone');
    this.show(previous);
  }

  private undoKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    // Text boxes and the JSON view undo their own typing.
    if (!(event.ctrlKey || event.metaKey) || event.key !== 'z' || target.closest('input, textarea, .cm-editor')) return;
    event.preventDefault();
    this.undo();
  }

  private onJsonText(text: string): void {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('a definition is a JSON object');
      this.jsonProblem = '';
      // Spacing and line breaks change nothing: no undo step, no new preview.
      if (JSON.stringify(parsed) !== JSON.stringify(this.definition)) this.change(parsed as Json, true);
    } catch (error) {
      this.jsonProblem = this.t('editor.draft.jsonUnreadable', { reason: (error as Error).message });
    }
  }

  private async setMode(mode: 'structured' | 'json'): Promise<void> {
    this.mode = mode;
    await this.updateComplete;
    if (mode === 'json') {
      const host = this.querySelector<HTMLElement>('#json-host')!;
      this.jsonView ??= createJsonView(host, JSON.stringify(this.definition, null, 2), (text) => this.onJsonText(text), this.t('editor.draft.jsonLabel'));
      this.jsonView.setText(JSON.stringify(this.definition, null, 2));
    }
  }

  /** Takes the user to the place a problem names, in the view they are using. */
  private async goTo(pointer: string): Promise<void> {
    if (this.mode === 'json') {
      this.jsonView?.goTo(pointer);
      return;
    }
    const section = /^\/properties\/([^/]+)/.exec(pointer)?.[1];
    if (!section || !this.definition?.properties?.[section]) {
      this.querySelector<HTMLElement>('#form-title')?.focus();
      return;
    }
    const question = questionsOf(this.definition, `/properties/${section}`).filter((q) => pointer === q.pointer || pointer.startsWith(`${q.pointer}/`)).at(-1);
    this.selectedSection = section;
    this.selectedQuestion = question?.pointer ?? '';
    await this.updateComplete;
    this.querySelector<HTMLElement>(question ? `#${idFor('q', question.pointer)}-heading` : '#section-heading')?.focus();
  }

  private async save(): Promise<boolean> {
    if (!this.draft || !this.definition) return false;
    try {
      const saved = await this.client.save(this.draft.id, this.definition, this.draft.revision);
      this.draft = { ...this.draft, revision: saved.revision, state: saved.state as Draft['state'] };
      this.dirty = false;
      this.status = this.t('editor.draft.saved', { revision: saved.revision });
      return true;
    } catch (error) {
      this.status = '';
      this.failure = (error as Error).message;
      return false;
    }
  }

  private async submit(): Promise<void> {
    if (!this.draft) return;
    this.failure = '';
    if (this.dirty && !(await this.save())) return;
    try {
      const submitted = await this.client.submit(this.draft.id);
      this.draft = { ...this.draft, revision: submitted.revision, state: 'submitted' };
      this.status = this.t('editor.draft.submitted');
    } catch (error) {
      const body = error instanceof ApiError ? (error.body as { problems?: DefinitionProblem[] }) : undefined;
      if (body?.problems) this.problems = body.problems;
      this.failure = (error as Error).message;
    }
  }

  private context(): StructuredContext {
    return {
      definition: this.definition!, roles: ROLES, selectedSection: this.selectedSection, selectedQuestion: this.selectedQuestion, t: this.t,
      apply: (next, select) => {
        this.change(next);
        this.select(select ?? {});
      },
      select: (select) => this.select(select),
    };
  }

  private select({ section, question }: { section?: string; question?: string }): void {
    if (section !== undefined) this.selectedSection = section;
    if (question !== undefined) this.selectedQuestion = question;
  }

  render() {
    if (this.failure && !this.draft) return html`<div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">${this.failure}</h2></div>`;
    const { t } = this;
    if (!this.draft || !this.definition) return html`<p class="govuk-body" role="status">${t('editor.loading')}</p>`;
    const published = this.draft.state === 'approved';
    return html`<span class="govuk-caption-l">${t('editor.draft.caption', { name: this.draft.name, version: this.draft.version, state: t(`editor.state.${this.draft.state}`) })}</span>
      <h1 class="govuk-heading-l">${t('editor.draft.heading', { title: this.definition.title ?? t('editor.draft.theForm') })}</h1>
      ${this.failure ? html`<div class="govuk-error-summary" role="alert" tabindex="-1"><h2 class="govuk-error-summary__title">${t('editor.problem')}</h2><div class="govuk-error-summary__body"><p class="govuk-body">${this.failure}</p></div></div>` : nothing}
      ${this.draft.state === 'submitted' ? html`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text">${t('editor.draft.submittedWarning')}</strong></div>` : nothing}
      <div class="editor-row govuk-!-margin-bottom-4">
        <button type="button" class="govuk-button govuk-button--secondary" ?disabled=${this.undoStack.length === 0} @click=${() => this.undo()}>${t('editor.draft.undo')}</button>
        <button type="button" class="govuk-button govuk-button--secondary" ?disabled=${published} @click=${() => void this.save()}>${t('editor.draft.save')}</button>
        <button type="button" class="govuk-button" ?disabled=${published} @click=${() => void this.submit()}>${t('editor.draft.submit')}</button>
        <p class="govuk-body" role="status">${this.status}</p>
      </div>
      ${this.renderProblems()}
      <div class="editor-layout">
        <div>
          <div class="editor-row govuk-!-margin-bottom-4" role="group" aria-label=${t('editor.draft.howToEdit')}>
            <button type="button" class="govuk-button govuk-button--secondary" aria-pressed=${this.mode === 'structured' ? 'true' : 'false'} @click=${() => void this.setMode('structured')}>${t('editor.draft.structured')}</button>
            <button type="button" class="govuk-button govuk-button--secondary" aria-pressed=${this.mode === 'json' ? 'true' : 'false'} @click=${() => void this.setMode('json')}>${t('editor.draft.json')}</button>
          </div>
          <div ?hidden=${this.mode !== 'structured'}>${this.mode === 'structured' ? renderStructuredView(this.context()) : nothing}</div>
          <div class="editor-json" ?hidden=${this.mode !== 'json'}>
            ${this.jsonProblem ? html`<p class="govuk-error-message" role="status">${this.jsonProblem}</p>` : nothing}
            <div id="json-host"></div>
          </div>
        </div>
        <div class="editor-preview" aria-label=${t('editor.draft.preview')} role="region"><form-preview .definition=${this.definition}></form-preview></div>
      </div>`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return html`<p class="govuk-body govuk-!-font-weight-bold" id="editor-no-problems">${this.t('editor.draft.noProblems')}</p>`;
    return html`<div class="govuk-error-summary" id="editor-problems"><div role="alert">
      <h2 class="govuk-error-summary__title">${this.t('editor.draft.problems', { count: this.problems.length })}</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        ${this.problems.map((p) => html`<li><a href=${`#${idFor('p', p.pointer)}`} @click=${(e: Event) => { e.preventDefault(); void this.goTo(p.pointer); }}>${sayProblem(this.t, p)}</a> <code>${p.pointer || this.t('editor.draft.root')}</code></li>`)}
      </ul></div></div></div>`;
  }
}
