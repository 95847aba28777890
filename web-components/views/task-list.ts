import { html, nothing } from 'lit';
import type { SectionStatus, SectionView, ViewModel } from '../../engine/types.ts';
import { renderRecordHeading, type RecordHeading } from './record-heading.ts';
import { renderPrintButton, type PrintLink } from './print-button.ts';
import { roleTitles, type Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';

/** What the task list needs: the heading, ids, and where each link goes. */
export interface TaskListContext {
  t: Translate;
  /** Every word of the form shown goes through it (why: QuestionContext.write). */
  write: Written;
  heading: RecordHeading;
  print: PrintLink;
  idFor(pointer: string, part?: string): string;
  hasUnsaved(section: string): boolean;
  openSection(key: string): void;
  check(): void;
  cancel(): void;
}

/** A section's status; carried-over answers waiting for review are work to do, however complete the section looks. */
function statusTag(section: SectionView, t: Translate) {
  if (section.awaitingReview > 0) {
    return html`<strong class="govuk-tag govuk-tag--yellow">${t('components.status.check', { count: section.awaitingReview })}</strong>`;
  }
  return section.status === 'complete'
    ? html`${t('components.status.complete')}`
    : html`<strong class="govuk-tag ${section.status === 'inProgress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}">${t(`components.status.${section.status satisfies SectionStatus}`)}</strong>`;
}

/** GOV.UK task list: every section with its status; read-only sections say who may change them. */
export function renderTaskList(ctx: TaskListContext, view: ViewModel) {
  const can = view.affordances;
  const t = ctx.t;
  return html`${renderRecordHeading(ctx.heading, t, ctx.write)}
    <ul class="govuk-task-list">
      ${view.sections.map((section) => {
        const statusId = ctx.idFor(`/${section.key}`, 'status');
        return html`<li class="govuk-task-list__item govuk-task-list__item--with-link">
          <div class="govuk-task-list__name-and-hint">
            <a class="govuk-link govuk-task-list__link" href=${`#${section.key}`} aria-describedby=${statusId}
              @click=${(e: Event) => { e.preventDefault(); ctx.openSection(section.key); }}>${ctx.write(section.title)}</a>
            ${section.canEdit ? nothing : html`<div class="govuk-task-list__hint">${t('components.tasks.readOnly', { roles: roleTitles(section.editRoles, t) })}</div>`}
            ${ctx.hasUnsaved(section.key) ? html`<div class="govuk-task-list__hint">${t('components.tasks.unsaved')}</div>` : nothing}
          </div>
          <div class="govuk-task-list__status" id=${statusId}>${statusTag(section, t)}</div>
        </li>`;
      })}
    </ul>
    ${can.confirmable ? nothing : html`<p class="govuk-body">${t('components.tasks.cannotConfirm')}</p>`}
    <div class="govuk-button-group">
      ${can.confirmable ? html`<button type="button" class="govuk-button" @click=${() => ctx.check()}>${t('components.tasks.check')}</button>` : nothing}
      ${renderPrintButton(ctx.print, t)}
      ${can.cancellable ? html`<button type="button" class="govuk-button govuk-button--warning" @click=${() => ctx.cancel()}>${t('components.cancel.button')}</button>` : nothing}
    </div>`;
}
