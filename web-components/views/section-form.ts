import { html, nothing } from 'lit';
import type { FollowUpPageView, QuestionView, SectionView } from '../../engine/types.ts';
import type { ConflictBody } from '../api-client.ts';
import type { QuestionContext } from '../questions/context.ts';
import { renderQuestion } from '../questions/index.ts';
import { renderConflict, type ConflictContext } from './conflict.ts';
import { renderErrorSummary, type SummaryError } from './error-summary.ts';

/** What the page of one section being edited needs: its questions' context, what to show, and the two saves. */
export interface SectionFormContext {
  questions: QuestionContext;
  conflicts: ConflictContext;
  conflict?: ConflictBody;
  /** Errors showing now, in page order. */
  errors: SummaryError[];
  /** Prefilled answers still to review, once a save asked for them. */
  unreviewed: QuestionView[];
  problem: string;
  busy: boolean;
  save(complete: boolean): void;
  resolveConflict(): void;
  back(): void;
  /** A follow-up page (x-page) on screen instead of the question page; `back` then leads to the page before. */
  page?: FollowUpPageView;
  /** Another page of the section follows this one for the answers given: the button says "Continue". */
  continues: boolean;
}

/**
 * One section as a GOV.UK question page (error summary, questions in order, "Save and continue" or "Save
 * as draft"), or one of its follow-up pages, headed by the page's title with the section as caption.
 */
export function renderSectionForm(ctx: SectionFormContext, section: SectionView) {
  const { page } = ctx;
  const summary = [
    ...(ctx.problem ? [{ message: ctx.problem }] : []),
    ...ctx.errors,
    ...ctx.unreviewed.map((q) => ({ message: ctx.questions.t('components.section.acceptOrChange', { label: q.label }), href: `#${ctx.questions.idFor(q.pointer, 'prefill')}` })),
  ];
  const t = ctx.questions.t;
  const description = page ? page.description : section.description;
  return html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); ctx.back(); }}>${t(page ? 'components.nav.back' : 'components.nav.backToTasks')}</a>
    ${ctx.conflict ? renderConflict(ctx.conflicts, section, ctx.conflict, () => ctx.resolveConflict()) : nothing}
    ${summary.length ? renderErrorSummary(summary, t, ctx.questions.write) : nothing}
    ${page ? html`<span class="govuk-caption-l">${ctx.questions.write(section.title)}</span>` : nothing}
    <h1 class="govuk-heading-l" tabindex="-1">${ctx.questions.write(page ? page.title : section.title)}</h1>
    ${description ? html`<p class="govuk-body">${ctx.questions.write(description)}</p>` : nothing}
    <form novalidate @submit=${(e: Event) => { e.preventDefault(); ctx.save(true); }}>
      ${(page ? page.questions.filter((q) => q.visible) : section.questions).map((q) => renderQuestion(ctx.questions, q))}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" ?disabled=${ctx.busy}>${t(ctx.continues ? 'components.section.continue' : 'components.section.saveContinue')}</button>
        <button type="button" class="govuk-button govuk-button--secondary" ?disabled=${ctx.busy} @click=${() => ctx.save(false)}>${t('components.section.saveDraft')}</button>
      </div>
    </form>`;
}
