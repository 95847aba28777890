/** The HTML of the form changes page: version picker, summary counts, changes by section, impact on past records. */
import { changesBySection, countLines, type DefinitionDiff } from '../../engine/diff/index.ts';
import { dropReasonWords } from '../../engine/impact/index.ts';
import type { VersionImpact } from '../steering/impact.ts';
import { escapeHtml } from './layout.ts';

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
  errors: FieldError[];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function errorSummary(errors: FieldError[]): string {
  if (errors.length === 0) return '';
  return `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
  <h2 class="govuk-error-summary__title">There is a problem</h2>
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
    ${error ? `<p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escapeHtml(error.message)}</p>` : ''}
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
  const sinceError = model.errors.some((e) => e.field === 'since');
  return `<form method="get" action="/forms/${encodeURIComponent(model.form)}/diff" novalidate>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">${versionSelect(model, 'from', 'Compare version')}</div>
      <div class="govuk-grid-column-one-third">${versionSelect(model, 'to', 'With version')}</div>
      <div class="govuk-grid-column-one-third">${field(model, 'since', 'Past records confirmed since', (describedBy) =>
    `<input class="govuk-input govuk-input--width-10${sinceError ? ' govuk-input--error' : ''}" id="since" name="since" type="text" spellcheck="false" value="${escapeHtml(model.since)}"${describedBy}>`, 'For example, 2026-09-01')}</div>
    </div>
    <button type="submit" class="govuk-button govuk-button--secondary">Show changes</button>
  </form>`;
}

function summary(diff: DefinitionDiff): string {
  if (diff.changes.length === 0) return '<p class="govuk-body">These versions are the same.</p>';
  return `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Summary: ${plural(diff.changes.length, 'change')}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Change</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Number</th></tr></thead>
    <tbody class="govuk-table__body">${countLines(diff).map(({ heading, count }) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${escapeHtml(heading)}</th><td class="govuk-table__cell govuk-table__cell--numeric">${count}</td></tr>`).join('')}</tbody>
  </table>`;
}

function changes(diff: DefinitionDiff): string {
  return changesBySection(diff).map((group) => `<h3 class="govuk-heading-s">${escapeHtml(group.title)}</h3>
    <ul class="govuk-list govuk-list--bullet">${group.changes.map((c) => `<li>${escapeHtml(c.sentence)}</li>`).join('')}</ul>`).join('\n');
}

function impactSection(model: ChangesPageModel): string {
  const heading = `<h2 class="govuk-heading-m" id="impact">What version ${escapeHtml(model.to)} would have done to past records</h2>`;
  const report = model.impact;
  if (!report) return `${heading}<p class="govuk-body">Give a real date above to see it.</p>`;
  const versions = Object.entries(report.versions).map(([v, n]) => `${n} of version ${escapeHtml(v)}`).join(', ');
  const intro = `<p class="govuk-body">${plural(report.records, 'record')} of other versions of this form confirmed since ${escapeHtml(report.since)}${versions ? ` (${versions})` : ''}, checked against the rules of version ${escapeHtml(report.version)}.</p>`;
  if (report.records === 0) return `${heading}${intro}`;
  const { answers, incomplete } = report;
  const row = (cells: string[], header = false) => `<tr class="govuk-table__row">${cells.map((c, i) => (header ? `<th scope="col" class="govuk-table__header${i > 1 ? ' govuk-table__header--numeric' : ''}">${c}</th>` : `<td class="govuk-table__cell${i > 1 ? ' govuk-table__cell--numeric' : ''}">${c}</td>`)).join('')}</tr>`;
  const table = (caption: string, head: string[], rows: string[][]) => (rows.length === 0 ? '' : `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--s">${caption}</caption>
    <thead class="govuk-table__head">${row(head, true)}</thead><tbody class="govuk-table__body">${rows.map((r) => row(r)).join('')}</tbody></table>`);
  return `${heading}${intro}
  <dl class="govuk-summary-list">
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Would have been incomplete</dt><dd class="govuk-summary-list__value">${incomplete.records} of ${report.records} records (${incomplete.percent}%)</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Answers kept</dt><dd class="govuk-summary-list__value">${answers.kept} of ${answers.total}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Answers dropped</dt><dd class="govuk-summary-list__value">${answers.dropped} (${answers.droppedPercent}%)</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Answers carried to the next record by prefill</dt><dd class="govuk-summary-list__value">${answers.carried} (${answers.carriedPercent}%)</dd></div>
  </dl>
  ${table('Questions that would have been missing', ['Section', 'Question', 'Records', '%'], incomplete.questions.map((q) => [escapeHtml(q.sectionTitle), escapeHtml(q.title), String(q.records), `${q.percent}%`]))}
  ${table('Answers that would be dropped', ['Question', 'Why', 'Answers', '% of records'], answers.droppedQuestions.map((d) => [escapeHtml(d.title), escapeHtml(dropReasonWords(d.reason)), String(d.answers), `${d.percent}%`]))}`;
}

export function changesPage(model: ChangesPageModel): string {
  return `${errorSummary(model.errors)}
  <span class="govuk-caption-l">${escapeHtml(model.title)}</span>
  <h1 class="govuk-heading-l">Changes from version ${escapeHtml(model.from)} to ${escapeHtml(model.to)}</h1>
  ${picker(model)}
  ${summary(model.diff)}
  ${model.diff.changes.length ? `<h2 class="govuk-heading-m">Changes by section</h2>${changes(model.diff)}
  <p class="govuk-body"><a class="govuk-link" href="/forms/${encodeURIComponent(model.form)}/diff.md?from=${encodeURIComponent(model.from)}&amp;to=${encodeURIComponent(model.to)}" download>Download these changes as a Markdown file</a></p>` : ''}
  ${impactSection(model)}`;
}
