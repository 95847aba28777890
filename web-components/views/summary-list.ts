import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionView, SectionView } from '../../engine/types.ts';
import { countOf } from '../../engine/list-noun.ts';
import type { FormRecordElement } from '../form-record.ts';

/** A section the user may not change: its answers as a GOV.UK summary list. */
export function renderReadOnlySection(host: FormRecordElement, section: SectionView) {
  return html`<h1 class="govuk-heading-l" tabindex="-1">${section.title}</h1>
    <div class="govuk-inset-text">You can read this section. Only ${section.editRoles.join(' or ')} staff can change it.</div>
    ${renderSectionAnswers(section)}
    <button type="button" class="govuk-button govuk-button--secondary" @click=${() => host.go('tasks')}>Back to tasks</button>`;
}

/** The answered questions of a section, follow-ups after the answer that opened them, list items labelled. */
export function renderSectionAnswers(section: SectionView) {
  const rows = section.questions.flatMap((q) => rowsOf(q));
  return rows.length
    ? html`<dl class="govuk-summary-list">${rows}</dl>`
    : html`<p class="govuk-body">Nothing answered yet.</p>`;
}

function rowsOf(question: QuestionView): TemplateResult[] {
  const rows: TemplateResult[] = [];
  if (question.list) {
    if (question.list.items.length === 0 && question.value === undefined) return rows;
    rows.push(summaryRow(question.label, question.list.items.length ? countOf(question.list.items.length, question.list.noun) : 'None'));
    for (const item of question.list.items) {
      for (const field of item.questions) rows.push(...rowsOf({ ...field, label: `${item.label}: ${field.label}` }));
    }
  } else if (question.value !== undefined) {
    rows.push(summaryRow(question.label, question.displayValue ?? String(question.value)));
  }
  for (const choice of question.choices ?? []) for (const f of choice.followUps) rows.push(...rowsOf(f));
  for (const f of question.followUps) rows.push(...rowsOf(f));
  return rows;
}

/** One GOV.UK summary list row; line breaks in the value are kept. */
export function summaryRow(label: string, value: string) {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${label}</dt>
    <dd class="govuk-summary-list__value">${value.split('\n').map((line, i) => html`${i ? html`<br>` : nothing}${line}`)}</dd></div>`;
}
