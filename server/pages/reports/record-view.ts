/**
 * A sampled record as a reviewer reads it on the page: the print view model (answered questions only)
 * as GOV.UK summary lists, with the masked person, the move, the flags and the entries added after
 * confirmation. Read-only: nothing here can change the record.
 */
import { formatDate, formatDateTime, type FormRecord, type QuestionView, type ViewModel } from '../../../engine/index.ts';
import { escapeHtml as e } from '../layout.ts';

export interface PlaceNames {
  location(code: string): string;
  moveType(code: string): string;
}

const row = (key: string, value: string) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${e(key)}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;

function questionRows(questions: QuestionView[]): string {
  return questions.map((q) => {
    const value = q.list
      ? q.list.items.map((item) => `<h4 class="govuk-heading-s">${e(item.label)}</h4><dl class="govuk-summary-list govuk-summary-list--no-border">${questionRows(item.questions)}</dl>`).join('')
      : e(q.displayValue ?? '');
    const nested = [...(q.choices ?? []).flatMap((c) => c.followUps), ...q.followUps];
    return row(q.label, value) + questionRows(nested);
  }).join('');
}

export function recordView(record: FormRecord, view: ViewModel, names: PlaceNames): string {
  const header = [
    row('Person', `${e(record.person.name)} <span class="govuk-hint govuk-!-display-inline">(initials)</span>`),
    row('Person id', `${e(record.person.id)} <span class="govuk-hint govuk-!-display-inline">(masked)</span>`),
    row('Date of birth', e(formatDate(record.person.dateOfBirth))),
    row('Move', e(`${names.moveType(record.move.type)}: ${names.location(record.move.from)} to ${names.location(record.move.to)} on ${formatDate(record.move.date)}`)),
    row('Form', e(`${view.form.title}, version ${view.form.version}`)),
    ...(record.confirmed ? [row('Confirmed', e(formatDateTime(record.confirmed.at)))] : []),
  ].join('');
  const list = (title: string, items: string[]) => (items.length === 0 ? '' : `<h3 class="govuk-heading-m">${e(title)}</h3><ul class="govuk-list govuk-list--bullet">${items.join('')}</ul>`);
  return `<dl class="govuk-summary-list">${header}</dl>
${list('Red flag warnings', view.redFlags.map((f) => `<li>${e(f.risk)}</li>`))}
${list('Warnings raised by the answers', view.flags.map((f) => `<li><strong>${e(f.level)}</strong>: ${e(f.label)}</li>`))}
${view.sections.map((s) => `<h3 class="govuk-heading-m">${e(s.title)}</h3>${s.questions.length ? `<dl class="govuk-summary-list">${questionRows(s.questions)}</dl>` : '<p class="govuk-body">Nothing entered.</p>'}`).join('\n')}
${list('Record of events', record.events.map((ev) => `<li>${e(`${formatDateTime(ev.at)}, ${ev.where}: ${ev.what}`)}</li>`))}
${list('Handovers', record.handovers.map((h) => `<li>${e(`${formatDateTime(h.at)}: to ${h.receivingOrganisation}, ${h.acknowledgements.length} red flag acknowledgement${h.acknowledgements.length === 1 ? '' : 's'}`)}</li>`))}`;
}
