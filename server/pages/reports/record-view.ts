/**
 * A sampled record as a reviewer reads it on the page: the print view model (answered questions only)
 * as GOV.UK summary lists, with the masked person, the move, the flags and the entries added after
 * confirmation. Read-only: nothing here can change the record.
 */
import { formatDate, formatDateTime, type FormRecord, type QuestionView, type ViewModel } from '../../../engine/index.ts';
import type { Translate } from '../../../engine/i18n/translator.ts';
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

/** `t` gives the page's words (samples.json) and its dates; the view's questions are in the view's own words. */
export function recordView(record: FormRecord, view: ViewModel, names: PlaceNames, t: Translate): string {
  const when = (at: string) => formatDateTime(at, undefined, t);
  const header = [
    row(t('samples.view.person'), `${e(record.person.name)} <span class="govuk-hint govuk-!-display-inline">${e(t('samples.view.initials'))}</span>`),
    row(t('samples.view.personId'), `${e(record.person.id)} <span class="govuk-hint govuk-!-display-inline">${e(t('samples.view.masked'))}</span>`),
    row(t('samples.view.dateOfBirth'), e(formatDate(record.person.dateOfBirth, t))),
    row(t('samples.view.move'), e(t('samples.view.moveText', { type: names.moveType(record.move.type), from: names.location(record.move.from), to: names.location(record.move.to), date: formatDate(record.move.date, t) }))),
    row(t('samples.view.form'), e(t('samples.view.formText', { title: view.form.title, version: view.form.version }))),
    ...(record.confirmed ? [row(t('samples.view.confirmed'), e(when(record.confirmed.at)))] : []),
  ].join('');
  const list = (title: string, items: string[]) => (items.length === 0 ? '' : `<h3 class="govuk-heading-m">${e(title)}</h3><ul class="govuk-list govuk-list--bullet">${items.join('')}</ul>`);
  return `<dl class="govuk-summary-list">${header}</dl>
${list(t('samples.view.redFlags'), view.redFlags.map((f) => `<li>${e(f.risk)}</li>`))}
${list(t('samples.view.flags'), view.flags.map((f) => `<li><strong>${e(f.level)}</strong>: ${e(f.label)}</li>`))}
${view.sections.map((s) => `<h3 class="govuk-heading-m">${e(s.title)}</h3>${s.questions.length ? `<dl class="govuk-summary-list">${questionRows(s.questions)}</dl>` : `<p class="govuk-body">${e(t('samples.view.nothing'))}</p>`}`).join('\n')}
${list(t('samples.view.events'), record.events.map((ev) => `<li>${e(t('samples.view.event', { at: when(ev.at), where: ev.where, what: ev.what }))}</li>`))}
${list(t('samples.view.handovers'), record.handovers.map((h) => `<li>${e(t('samples.view.handover', { at: when(h.at), organisation: h.receivingOrganisation, count: h.acknowledgements.length }))}</li>`))}`;
}
