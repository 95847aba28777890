import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionView, SectionView } from '../../engine/types.ts';
import { countOf } from '../../engine/list-noun.ts';

/** A "Change" link beside an answer: where it goes and what a click does. */
export type ChangeLink = (question: QuestionView) => { href: string; open: () => void } | undefined;

/** A section the user may not change: its answers as a GOV.UK summary list. */
export function renderReadOnlySection(back: () => void, section: SectionView) {
  return html`<h1 class="govuk-heading-l" tabindex="-1">${section.title}</h1>
    <div class="govuk-inset-text">You can read this section. Only ${section.editRoles.join(' or ')} staff can change it.</div>
    ${renderSectionAnswers(section)}
    <button type="button" class="govuk-button govuk-button--secondary" @click=${back}>Back to tasks</button>`;
}

/**
 * The answered questions of a section, follow-ups after the answer that opened them, list items
 * labelled; with `change`, each row links back to its question (GOV.UK check answers).
 */
export function renderSectionAnswers(section: SectionView, change?: ChangeLink) {
  const rows = section.questions.flatMap((q) => rowsOf(q, change));
  return rows.length
    ? html`<dl class="govuk-summary-list">${rows}</dl>`
    : html`<p class="govuk-body">Nothing answered yet.</p>`;
}

function rowsOf(question: QuestionView, change?: ChangeLink): TemplateResult[] {
  const rows: TemplateResult[] = [];
  if (question.list) {
    if (question.list.items.length === 0 && question.value === undefined) return rows;
    rows.push(summaryRow(question.label, question.list.items.length ? countOf(question.list.items.length, question.list.noun) : 'None', change?.(question)));
    for (const item of question.list.items) {
      for (const field of item.questions) rows.push(...rowsOf({ ...field, label: `${item.label}: ${field.label}` }, change));
    }
  } else if (question.value !== undefined) {
    rows.push(summaryRow(question.label, question.displayValue ?? String(question.value), change?.(question)));
  }
  for (const choice of question.choices ?? []) for (const f of choice.followUps) rows.push(...rowsOf(f, change));
  for (const f of question.followUps) rows.push(...rowsOf(f, change));
  return rows;
}

/** One GOV.UK summary list row; line breaks in the value are kept. */
export function summaryRow(label: string, value: string, change?: { href: string; open: () => void }) {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${label}</dt>
    <dd class="govuk-summary-list__value">${value.split('\n').map((line, i) => html`${i ? html`<br>` : nothing}${line}`)}</dd>
    ${change
      ? html`<dd class="govuk-summary-list__actions"><a class="govuk-link" href=${change.href}
          @click=${(e: Event) => { e.preventDefault(); change.open(); }}>Change<span class="govuk-visually-hidden"> ${label}</span></a></dd>`
      : nothing}</div>`;
}
