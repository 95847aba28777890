/** The HTML of the form changes page: version picker, summary counts, changes by section, impact on past records. */
import { changesBySection, countLines, type DefinitionDiff } from '../../engine/diff/index.ts';
import { dropReasonWords } from '../../engine/impact/index.ts';
import type { VersionImpact } from '../steering/impact.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import { escapeHtml } from './layout.ts';
import { formatDate } from '../../engine/display.ts';
import { textIfAny } from '../../engine/i18n/optional-text.ts';
import { englishMarked } from './english-marked.ts';

export interface FieldError { field: 'from' | 'to' | 'since'; message: string }

export interface ChangesPageModel {
  form: string;
  title: string;
  versions: string[];
  from: string;
  to: string;
  since: string;
  diff: DefinitionDiff;
  impact?: VersionImpact;
  /** The language of the impact tables' question titles when their versions have no translation into the page's (marked on them). */
  impactTitlesLang?: { missing?: string; dropped?: string };
  errors: FieldError[];
  /** The page's words (pages.json, pages.steering.*); the engine's change sentences are its own. */
  t: Translate;
}

function errorSummary(errors: FieldError[], t: Translate): string {
  if (errors.length === 0) return '';
  return `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
  <h2 class="govuk-error-summary__title">${escapeHtml(t('pages.errorSummary.title'))}</h2>
  <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
    ${errors.map((e) => `<li><a href="#${e.field}">${escapeHtml(e.message)}</a></li>`).join('')}
  </ul></div></div></div>`;
}

function field(model: ChangesPageModel, name: FieldError['field'], label: string, control: (describedBy: string) => string, hint?: string): string {
  const error = model.errors.find((e) => e.field === name);
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <label class="govuk-label" for="${name}">${label}</label>
    ${hint ? `<div id="${name}-hint" class="govuk-hint">${hint}</div>` : ''}
    ${error ? `<p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${escapeHtml(model.t('pages.errorMessage.prefix'))}</span> ${escapeHtml(error.message)}</p>` : ''}
    ${control(describedBy ? ` aria-describedby="${describedBy}"` : '')}
  </div>`;
}

function versionSelect(model: ChangesPageModel, name: 'from' | 'to', label: string): string {
  const chosen = model[name];
  return field(model, name, label, (describedBy) => `<select class="govuk-select" id="${name}" name="${name}"${describedBy}>
    ${model.versions.map((v) => `<option value="${escapeHtml(v)}"${v === chosen ? ' selected' : ''}>${escapeHtml(v)}</option>`).join('')}
  </select>`);
}

function picker(model: ChangesPageModel): string {
  const { t } = model;
  const sinceError = model.errors.some((e) => e.field === 'since');
  return `<form method="get" action="/forms/${encodeURIComponent(model.form)}/diff" novalidate>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">${versionSelect(model, 'from', escapeHtml(t('pages.steering.from')))}</div>
      <div class="govuk-grid-column-one-third">${versionSelect(model, 'to', escapeHtml(t('pages.steering.to')))}</div>
      <div class="govuk-grid-column-one-third">${field(model, 'since', escapeHtml(t('pages.steering.since')), (describedBy) =>
    `<input class="govuk-input govuk-input--width-10${sinceError ? ' govuk-input--error' : ''}" id="since" name="since" type="text" spellcheck="false" value="${escapeHtml(model.since)}"${describedBy}>`, escapeHtml(t('pages.steering.sinceHint')))}</div>
    </div>
    <button type="submit" class="govuk-button govuk-button--secondary">${escapeHtml(t('pages.steering.show'))}</button>
  </form>`;
}

function summary(diff: DefinitionDiff, t: Translate): string {
  if (diff.changes.length === 0) return `<p class="govuk-body">${escapeHtml(t('pages.steering.same'))}</p>`;
  return `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">${escapeHtml(t('pages.steering.summary', { count: diff.changes.length }))}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">${escapeHtml(t('pages.steering.change'))}</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">${escapeHtml(t('pages.steering.number'))}</th></tr></thead>
    <tbody class="govuk-table__body">${countLines(diff, t).map(({ heading, count }) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${escapeHtml(heading)}</th><td class="govuk-table__cell govuk-table__cell--numeric">${count}</td></tr>`).join('')}</tbody>
  </table>`;
}

function changes(diff: DefinitionDiff): string {
  return changesBySection(diff).map((group) => `<h3 class="govuk-heading-s">${englishMarked(group.title, diff.inEnglish)}</h3>
    <ul class="govuk-list govuk-list--bullet">${group.changes.map((c) => `<li>${englishMarked(c.sentence, diff.inEnglish)}</li>`).join('')}</ul>`).join('\n');
}

/** Escaped text, in a span with its language when it is not the page's. */
const inLang = (text: string, lang: string | undefined) => (lang ? `<span lang="${lang}">${escapeHtml(text)}</span>` : escapeHtml(text));

function impactSection(model: ChangesPageModel): string {
  const { t } = model;
  const heading = `<h2 class="govuk-heading-m" id="impact">${escapeHtml(t('pages.steering.impact.title', { version: model.to }))}</h2>`;
  const report = model.impact;
  if (!report) return `${heading}<p class="govuk-body">${escapeHtml(t('pages.steering.impact.giveDate'))}</p>`;
  const versions = Object.entries(report.versions).map(([v, n]) => t('pages.steering.impact.ofVersion', { count: n, version: v })).join(', ');
  const intro = `<p class="govuk-body">${escapeHtml(t(versions ? 'pages.steering.impact.introVersions' : 'pages.steering.impact.intro', { count: report.records, since: formatDate(report.since, t), versions, version: report.version }))}</p>`;
  if (report.records === 0) return `${heading}${intro}`;
  const { answers, incomplete } = report;
  const row = (cells: string[], header = false) => `<tr class="govuk-table__row">${cells.map((c, i) => (header ? `<th scope="col" class="govuk-table__header${i > 1 ? ' govuk-table__header--numeric' : ''}">${c}</th>` : `<td class="govuk-table__cell${i > 1 ? ' govuk-table__cell--numeric' : ''}">${c}</td>`)).join('')}</tr>`;
  const table = (caption: string, head: string[], rows: string[][]) => (rows.length === 0 ? '' : `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--s">${caption}</caption>
    <thead class="govuk-table__head">${row(head, true)}</thead><tbody class="govuk-table__body">${rows.map((r) => row(r)).join('')}</tbody></table>`);
  return `${heading}${intro}
  <dl class="govuk-summary-list">
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(t('pages.steering.impact.incomplete'))}</dt><dd class="govuk-summary-list__value">${escapeHtml(t('pages.steering.impact.incompleteValue', { count: report.records, records: incomplete.records, percent: incomplete.percent }))}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(t('pages.steering.impact.kept'))}</dt><dd class="govuk-summary-list__value">${escapeHtml(t('pages.steering.impact.ofTotal', { part: answers.kept, total: answers.total }))}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(t('pages.steering.impact.dropped'))}</dt><dd class="govuk-summary-list__value">${answers.dropped} (${answers.droppedPercent}%)</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(t('pages.steering.impact.carried'))}</dt><dd class="govuk-summary-list__value">${answers.carried} (${answers.carriedPercent}%)</dd></div>
  </dl>
  ${table(escapeHtml(t('pages.steering.impact.missing')), [t('pages.steering.impact.section'), t('pages.steering.impact.question'), t('pages.steering.impact.records'), '%'].map(escapeHtml), incomplete.questions.map((q) => [inLang(q.sectionTitle, model.impactTitlesLang?.missing), inLang(q.title, model.impactTitlesLang?.missing), String(q.records), `${q.percent}%`]))}
  ${table(escapeHtml(t('pages.steering.impact.droppedAnswers')), [t('pages.steering.impact.question'), t('pages.steering.impact.why'), t('pages.steering.impact.answers'), t('pages.steering.impact.percentOfRecords')].map(escapeHtml), answers.droppedQuestions.map((d) => [inLang(d.title, model.impactTitlesLang?.dropped), escapeHtml(textIfAny(t, `pages.steering.impact.reason.${d.reason}`) ?? dropReasonWords(d.reason)), String(d.answers), `${d.percent}%`]))}`;
}

export function changesPage(model: ChangesPageModel): string {
  const { t } = model;
  return `${errorSummary(model.errors, t)}
  <span class="govuk-caption-l">${englishMarked(model.title, model.diff.inEnglish)}</span>
  <h1 class="govuk-heading-l">${escapeHtml(t('pages.steering.heading', { from: model.from, to: model.to }))}</h1>
  ${picker(model)}
  ${summary(model.diff, t)}
  ${model.diff.changes.length ? `<h2 class="govuk-heading-m">${escapeHtml(t('pages.steering.bySection'))}</h2>${changes(model.diff)}
  <p class="govuk-body"><a class="govuk-link" href="/forms/${encodeURIComponent(model.form)}/diff.md?from=${encodeURIComponent(model.from)}&amp;to=${encodeURIComponent(model.to)}" download>${escapeHtml(t('pages.steering.download'))}</a></p>` : ''}
  ${impactSection(model)}`;
}
