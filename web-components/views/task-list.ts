import { html, nothing } from 'lit';
import type { SectionStatus, SectionView, ViewModel } from '../../engine/types.ts';
import { renderRecordHeading, type RecordHeading } from './record-heading.ts';
import { renderPrintButton, type PrintLink } from './print-button.ts';

/** What the task list needs: the heading, ids, and where each link goes. */
export interface TaskListContext {
  heading: RecordHeading;
  print: PrintLink;
  idFor(pointer: string, part?: string): string;
  hasUnsaved(section: string): boolean;
  openSection(key: string): void;
  check(): void;
  cancel(): void;
}

const statusText: Record<SectionStatus, string> = { notStarted: 'Not yet started', inProgress: 'In progress', complete: 'Completed' };

/** A section's status; carried-over answers waiting for review are work to do, however complete the section looks. */
function statusTag(section: SectionView) {
  if (section.awaitingReview > 0) {
    return html`<strong class="govuk-tag govuk-tag--yellow">Check ${section.awaitingReview} ${section.awaitingReview === 1 ? 'answer' : 'answers'}</strong>`;
  }
  return section.status === 'complete'
    ? html`Completed`
    : html`<strong class="govuk-tag ${section.status === 'inProgress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}">${statusText[section.status]}</strong>`;
}

/** GOV.UK task list: every section with its status; read-only sections say who may change them. */
export function renderTaskList(ctx: TaskListContext, view: ViewModel) {
  const can = view.affordances;
  return html`${renderRecordHeading(ctx.heading)}
    <ul class="govuk-task-list">
      ${view.sections.map((section) => {
        const statusId = ctx.idFor(`/${section.key}`, 'status');
        return html`<li class="govuk-task-list__item govuk-task-list__item--with-link">
          <div class="govuk-task-list__name-and-hint">
            <a class="govuk-link govuk-task-list__link" href=${`#${section.key}`} aria-describedby=${statusId}
              @click=${(e: Event) => { e.preventDefault(); ctx.openSection(section.key); }}>${section.title}</a>
            ${section.canEdit ? nothing : html`<div class="govuk-task-list__hint">Read only: completed by ${section.editRoles.join(' or ')} staff</div>`}
            ${ctx.hasUnsaved(section.key) ? html`<div class="govuk-task-list__hint">You have changes that are not saved yet</div>` : nothing}
          </div>
          <div class="govuk-task-list__status" id=${statusId}>${statusTag(section)}</div>
        </li>`;
      })}
    </ul>
    ${can.confirmable ? nothing : html`<p class="govuk-body">Your role cannot confirm this record: staff who can will confirm it when every section is complete.</p>`}
    <div class="govuk-button-group">
      ${can.confirmable ? html`<button type="button" class="govuk-button" @click=${() => ctx.check()}>Check and confirm the record</button>` : nothing}
      ${renderPrintButton(ctx.print)}
      ${can.cancellable ? html`<button type="button" class="govuk-button govuk-button--warning" @click=${() => ctx.cancel()}>Cancel this record</button>` : nothing}
    </div>`;
}
