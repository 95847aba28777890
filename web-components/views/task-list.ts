import { html, nothing } from 'lit';
import type { SectionStatus, ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';
import { renderRecordHeading } from './record-heading.ts';

const statusText: Record<SectionStatus, string> = { notStarted: 'Not yet started', inProgress: 'In progress', complete: 'Completed' };

/** GOV.UK task list: every section with its status; read-only sections say who may change them. */
export function renderTaskList(host: FormRecordElement, view: ViewModel) {
  return html`${renderRecordHeading(host, view)}
    <ul class="govuk-task-list">
      ${view.sections.map((section) => {
        const statusId = host.idFor(`/${section.key}`, 'status');
        const editable = host.canEdit(section);
        const tag = section.status === 'complete'
          ? html`Completed`
          : html`<strong class="govuk-tag ${section.status === 'inProgress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}">${statusText[section.status]}</strong>`;
        return html`<li class="govuk-task-list__item govuk-task-list__item--with-link">
          <div class="govuk-task-list__name-and-hint">
            <a class="govuk-link govuk-task-list__link" href=${`#${section.key}`} aria-describedby=${statusId}
              @click=${(e: Event) => { e.preventDefault(); host.openSection(section.key); }}>${section.title}</a>
            ${editable ? nothing : html`<div class="govuk-task-list__hint">Read only: completed by ${section.editRoles.join(' or ')} staff</div>`}
            ${host.hasUnsaved(section.key) ? html`<div class="govuk-task-list__hint">You have changes that are not saved yet</div>` : nothing}
          </div>
          <div class="govuk-task-list__status" id=${statusId}>${tag}</div>
        </li>`;
      })}
    </ul>
    ${view.canConfirm ? nothing : html`<p class="govuk-body">Your role cannot confirm this record: staff who can will confirm it when every section is complete.</p>`}
    <div class="govuk-button-group">
      ${view.canConfirm ? html`<button type="button" class="govuk-button" @click=${() => host.go('confirm')}>Check and confirm the record</button>` : nothing}
      ${view.canCancel ? html`<button type="button" class="govuk-button govuk-button--warning" @click=${() => host.openEntry('cancel')}>Cancel this record</button>` : nothing}
    </div>`;
}
