import { LitElement, html, nothing } from 'lit';
import type { DefinitionProblem, FormRecord, ViewModel } from '../engine/types.ts';
import { DefinitionError, exampleAnswersFor, formFromPrecompiled, type CompiledForm } from '../engine/index.ts';
import { ROLES } from '../engine/vocabulary/index.ts';
import { BROWSER_CHECKER_FILE } from '../engine/check/validators.ts';
import { AnswerEditor } from './answer-editor.ts';
import { buildView, clearHidden, importValidator } from './engine-bridge.ts';
import { mandatoryOnlyValidator } from './preview-validator.ts';
import { renderQuestion } from './questions/index.ts';
import { asWritten, writerOf } from './english-marked.ts';
import { translatableStrings } from '../engine/i18n/definition-translation.ts';
import { rolesIn } from '../engine/i18n/role-titles.ts';
import { renderErrorSummary } from './views/error-summary.ts';
import { ensureGovukStyles } from './styles.ts';
import { messageOf } from './messages.ts';
import { DEFAULT_LANGUAGE, languageOf, translatorFor, type Translate } from './i18n.ts';
import { sayProblem } from '../engine/check/words.ts';

/** What the server's definition check answers (POST to the `check` URL). */
interface CheckResult {
  problems: DefinitionProblem[];
  /** URL of the precompiled validator module for this exact definition. */
  validator?: string;
}

/**
 * Renders any definition as staff would see it, with no record and nothing saved, for policy teams
 * writing a form. With a `check` URL the server lists every problem `form-engine validate` finds and
 * precompiles the validator (full validation). Without one it works with no server: the browser
 * checker (BROWSER_CHECKER_FILE, next to the components bundle, loaded only then) lists the problems,
 * all but the strict-mode ones `form-engine validate` adds, and answers are checked for mandatory ones only.
 */
export class FormPreviewElement extends LitElement {
  static properties = {
    src: { type: String },
    check: { type: String },
    definition: { attribute: false },
    definitionLang: { type: String, attribute: 'definition-lang' },
    problems: { state: true },
    loadProblem: { state: true },
  };

  src = '';
  check = '';
  definition?: unknown;
  /** The language the definition is written in: English (the default) unless the host gives a translated one. */
  definitionLang = DEFAULT_LANGUAGE;
  problems: DefinitionProblem[] = [];
  loadProblem = '';
  form?: CompiledForm;
  view?: ViewModel;
  /** True when the validator is the server-compiled one, false when only mandatory answers are checked. */
  fullValidation = false;
  /** True when the definition was checked in the browser, which skips the checks that need compiling it. */
  checkedInBrowser = false;
  readonly editor = new AnswerEditor((answers) => clearHidden(this.form!, answers), () => this.refreshView(), () => this.t);
  private loaded?: unknown;
  /** The definition's words: on a page in another language an English definition's are marked lang="en". */
  private englishWords: readonly string[] = [];

  /** The words of the element's language (its lang attribute, or the page's). */
  get t(): Translate {
    return translatorFor(languageOf(this));
  }

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
  }

  async willUpdate(changed: Map<string, unknown>): Promise<void> {
    if (changed.has('src') && this.src) {
      try {
        const response = await fetch(this.src, { credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${this.src} answered ${response.status}`);
        this.definition = await response.json();
      } catch (error) {
        this.loadProblem = this.t('components.preview.notLoaded', { message: messageOf(error, this.t) });
      }
    }
    if (this.definition !== undefined && this.definition !== this.loaded) {
      this.loaded = this.definition;
      await this.prepare(this.definition);
    }
  }

  private async prepare(definition: unknown): Promise<void> {
    this.form = undefined;
    this.view = undefined;
    this.problems = [];
    this.loadProblem = '';
    try {
      let validate = undefined;
      this.fullValidation = false;
      this.checkedInBrowser = !this.check;
      if (this.check) {
        const result = await checkOnServer(this.check, definition);
        this.problems = result.problems;
        if (result.problems.length) return;
        if (result.validator) {
          validate = await importValidator(new URL(result.validator, document.baseURI).href);
          this.fullValidation = true;
        }
      } else {
        this.problems = (await browserChecker()).checkDefinition(definition);
        if (this.problems.length) return;
      }
      this.form = formFromPrecompiled(definition, validate ?? mandatoryOnlyValidator(definition));
      this.englishWords = translatableStrings(definition).map((s) => s.en);
      this.editor.reset({});
      this.refreshView();
    } catch (error) {
      if (error instanceof DefinitionError) this.problems = error.problems;
      else this.loadProblem = messageOf(error, this.t);
    }
  }

  refreshView(): void {
    if (!this.form) return;
    this.view = buildView(this.form, previewRecord(this.form, this.editor.answers), ROLES, this.t);
    this.requestUpdate();
  }

  /** Fills every question with the engine's complete example answers, so a policy author sees the whole form answered. */
  fillWithExample(): void {
    if (!this.form) return;
    this.editor.reset(exampleAnswersFor(this.form.model));
    this.editor.submitted = false;
    this.refreshView();
  }

  checkAnswers(): void {
    this.refreshView();
    this.editor.submit(true, this.view?.sections.flatMap((s) => s.errors.map((e) => e.pointer)) ?? []);
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.govuk-error-summary, .form-preview-ok')?.focus());
  }

  render() {
    const t = this.t;
    if (this.loadProblem) return renderErrorSummary([{ message: this.loadProblem }], t);
    if (this.problems.length) return this.renderProblems();
    if (!this.view) return html`<p class="govuk-body" role="status">${t('components.preview.loading')}</p>`;
    this.editor.write = this.definitionLang === DEFAULT_LANGUAGE && languageOf(this) !== DEFAULT_LANGUAGE ? writerOf({ inEnglish: this.englishWords }) : asWritten;
    const ctx = this.editor.context();
    const errors = this.view.sections.flatMap((s) => this.editor.shownErrors(s));
    return html`${errors.length ? renderErrorSummary(errors, t, ctx.write) : nothing}
      ${this.editor.submitted && !errors.length ? html`<div class="govuk-panel govuk-panel--confirmation form-preview-ok" tabindex="-1">
        <h2 class="govuk-panel__title">${t('components.preview.allGiven')}</h2></div>` : nothing}
      <span class="govuk-caption-l">${t('components.preview.caption', { name: this.view.form.name, version: this.view.form.version })}</span>
      <h2 class="govuk-heading-l">${this.view.form.title}</h2>
      <div class="govuk-inset-text">${t('components.preview.nothingSaved')}
        ${t(this.fullValidation ? 'components.preview.fullRules' : 'components.preview.mandatoryOnly')}
        ${this.checkedInBrowser ? browserCheckNote(t) : nothing}</div>
      ${this.view.sections.map((section) => html`<section class="govuk-!-margin-bottom-8" aria-labelledby=${this.editor.idFor(`/${section.key}`, 'title')}>
          <h3 class="govuk-heading-m" id=${this.editor.idFor(`/${section.key}`, 'title')}>${ctx.write(section.title)}</h3>
          ${section.description ? html`<p class="govuk-body">${ctx.write(section.description)}</p>` : nothing}
          <p class="govuk-body-s">${t('components.preview.completedBy', { roles: rolesIn(section.editRoles, t, 'and') })}${section.requiredForConfirmation ? ` ${t('components.preview.beforeConfirmation')}` : ''}</p>
          ${section.questions.map((q) => renderQuestion(ctx, q))}
        </section>`)}
      <div class="govuk-button-group">
        <button type="button" class="govuk-button" @click=${() => this.checkAnswers()}>${t('components.preview.check')}</button>
        <button type="button" class="govuk-button govuk-button--secondary" @click=${() => this.fillWithExample()}>${t('components.preview.example')}</button>
      </div>`;
  }

  private renderProblems() {
    const t = this.t;
    return html`<div class="govuk-error-summary form-preview-problems" tabindex="-1">
      <div role="alert"><h2 class="govuk-error-summary__title">${t('components.preview.problems', { count: this.problems.length })}</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
        ${this.problems.map((p) => html`<li><code>${p.pointer || t('checker.rootPointer')}</code>: ${sayProblem(t, p)}</li>`)}
      </ul>${this.checkedInBrowser ? html`<p class="govuk-body">${browserCheckNote(t)}</p>` : nothing}</div></div></div>`;
  }

  updated(): void {
    if (this.editor.focus) {
      const target = this.querySelector<HTMLElement>(this.editor.focus);
      this.editor.focus = '';
      (target?.querySelector<HTMLElement>('input, textarea') ?? target)?.focus();
    }
  }
}

/** Said wherever the browser checked the definition: it skips the strict-mode checks. */
function browserCheckNote(t: Translate) {
  const [before = '', after = ''] = t('components.preview.browserCheck').split('{command}');
  return html`${before}<code>form-engine validate</code>${after}`;
}

let checker: Promise<typeof import('../engine/check/browser.ts')> | undefined;

/** The browser definition checker, imported on first use from beside this bundle (its own file, see build.ts). */
function browserChecker(): Promise<typeof import('../engine/check/browser.ts')> {
  const url = new URL(BROWSER_CHECKER_FILE, import.meta.url).href;
  checker ??= (import(url) as Promise<typeof import('../engine/check/browser.ts')>).catch((error: unknown) => {
    checker = undefined;
    throw new Error(`The definition checker (${url}) could not be loaded: ${messageOf(error, translatorFor(DEFAULT_LANGUAGE))}`);
  });
  return checker;
}

async function checkOnServer(url: string, definition: unknown): Promise<CheckResult> {
  const response = await fetch(url, {
    method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(definition),
  });
  const body = (await response.json()) as CheckResult & { message?: string };
  if (!response.ok && !body.problems) throw new Error(body.message ?? `The check answered ${response.status}`);
  return body;
}

function previewRecord(form: CompiledForm, answers: FormRecord['answers']): FormRecord {
  const at = new Date(0).toISOString();
  return {
    id: 'preview', form: form.name, version: form.version, state: 'draft', answers, prefill: {}, revision: 0, answerRevisions: {},
    move: { id: 'preview', type: 'preview', from: '', to: '', date: at.slice(0, 10) },
    person: { id: 'preview', name: 'Preview', dateOfBirth: at.slice(0, 10) },
    handovers: [], events: [], redFlags: [], createdAt: at, createdBy: 'preview', updatedAt: at,
  };
}
