import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionView, SectionView } from '../../engine/types.ts';
import { countOf } from '../../engine/list-noun.ts';
import { roleTitles, type Translate } from '../i18n.ts';
import { answerWriter, asWritten, type Written } from '../english-marked.ts';

/** A "Change" link beside an answer: where it goes and what a click does. */
export type ChangeLink = (question: QuestionView) => { href: string; open: () => void } | undefined;

/** A section the user may not change: its answers as a GOV.UK summary list. */
export function renderReadOnlySection(back: () => void, section: SectionView, t: Translate, write: Written) {
  return html`<h1 class="govuk-heading-l" tabindex="-1">${write(section.title)}</h1>
    <div class="govuk-inset-text">${t('components.summary.readOnly', { roles: roleTitles(section.editRoles, t) })}</div>
    ${renderSectionAnswers(section, t, write)}
    <button type="button" class="govuk-button govuk-button--secondary" @click=${back}>${t('components.nav.backToTasks')}</button>`;
}

/**
 * The answered questions of a section, follow-ups after the answer that opened them, list items
 * labelled; with `change`, each row links back to its question (GOV.UK check answers).
 */
export function renderSectionAnswers(section: SectionView, t: Translate, write: Written, change?: ChangeLink) {
  const rows = section.questions.flatMap((q) => rowsOf(q, t, write, change));
  return rows.length
    ? html`<dl class="govuk-summary-list">${rows}</dl>`
    : html`<p class="govuk-body">${t('components.summary.nothing')}</p>`;
}

function rowsOf(question: QuestionView, t: Translate, write: Written, change?: ChangeLink): TemplateResult[] {
  const rows: TemplateResult[] = [];
  if (question.list) {
    if (question.list.items.length === 0 && question.value === undefined) return rows;
    rows.push(summaryRow(t, question.label, question.list.items.length ? countOf(question.list.items.length, question.list.noun, t) : t('components.summary.none'), change?.(question), write));
    for (const item of question.list.items) {
      for (const field of item.questions) rows.push(...rowsOf({ ...field, label: t('components.summary.itemField', { item: item.label, field: field.label }) }, t, write, change));
    }
  } else if (question.value !== undefined) {
    rows.push(summaryRow(t, question.label, question.displayValue ?? String(question.value), change?.(question), write, answerWriter(question, write)));
  }
  for (const choice of question.choices ?? []) for (const f of choice.followUps) rows.push(...rowsOf(f, t, write, change));
  for (const f of question.followUps) rows.push(...rowsOf(f, t, write, change));
  return rows;
}

/** One GOV.UK summary list row; line breaks in the value are kept; `write` marks the definition's words left in English. */
export function summaryRow(t: Translate, label: string, value: string, change?: { href: string; open: () => void }, write: Written = asWritten, writeValue = write) {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${write(label)}</dt>
    <dd class="govuk-summary-list__value">${value.split('\n').map((line, i) => html`${i ? html`<br>` : nothing}${writeValue(line)}`)}</dd>
    ${change
      ? html`<dd class="govuk-summary-list__actions"><a class="govuk-link" href=${change.href}
          @click=${(e: Event) => { e.preventDefault(); change.open(); }}>${t('components.summary.change')}<span class="govuk-visually-hidden"> ${write(label)}</span></a></dd>`
      : nothing}</div>`;
}
