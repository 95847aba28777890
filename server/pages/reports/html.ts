/** GOV.UK Design System markup the report pages share. Every value passes through escapeHtml here or in the caller. */
import { escapeHtml as e } from '../layout.ts';

export interface Table {
  caption: string;
  head: string[];
  /** Cells as text (escaped here), or a link. */
  rows: (string | number | { text: string; href: string })[][];
  /** Columns holding figures, right-aligned. */
  numeric?: number[];
  /** A smaller caption for tables that support a chart. */
  small?: boolean;
}

export function table({ caption, head, rows, numeric = [], small = false }: Table): string {
  const cls = (i: number, base: string) => (numeric.includes(i) ? `${base} ${base}--numeric` : base);
  const text = (cell: Table['rows'][number][number]) => (typeof cell === 'object' ? link(cell.href, cell.text) : e(String(cell)));
  // A wide table scrolls inside its own region, which keyboard users can reach and scroll.
  return `<div class="app-table-scroll" role="region" aria-label="${e(caption)}" tabindex="0"><table class="govuk-table app-report-table">
  <caption class="govuk-table__caption govuk-table__caption--${small ? 's' : 'm'}">${e(caption)}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">${head.map((h, i) => `<th scope="col" class="${cls(i, 'govuk-table__header')}">${e(h)}</th>`).join('')}</tr></thead>
  <tbody class="govuk-table__body">${rows.map((row) => `<tr class="govuk-table__row">${row.map((cell, i) => (i === 0
    ? `<th scope="row" class="govuk-table__header">${text(cell)}</th>`
    : `<td class="${cls(i, 'govuk-table__cell')}">${text(cell)}</td>`)).join('')}</tr>`).join('')}</tbody>
</table></div>`;
}

/** A chart with its text summary and its data table, so the figures never depend on seeing the picture. */
export function figure(svg: string, summary: string, data: Table): string {
  return `<figure class="app-chart">
  <figcaption class="govuk-body">${e(summary)}</figcaption>
  ${svg}
  ${table({ ...data, small: true })}
</figure>`;
}

export interface Option { value: string; label: string }

export function select(name: string, label: string, options: Option[], selected: string | undefined): string {
  return `<div class="govuk-form-group app-filter">
  <label class="govuk-label" for="${e(name)}">${e(label)}</label>
  <select class="govuk-select" id="${e(name)}" name="${e(name)}">${options.map((o) => `<option value="${e(o.value)}"${o.value === (selected ?? '') ? ' selected' : ''}>${e(o.label)}</option>`).join('')}</select>
</div>`;
}

/** `errorPrefix`: the hidden "Error:" before a message, in the page's language. */
export function input(name: string, label: string, value: string | undefined, options: { type?: string; hint?: string; width?: string; error?: string; errorPrefix?: string } = {}): string {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const described = [options.hint ? hintId : '', options.error ? errorId : ''].filter(Boolean).join(' ');
  return `<div class="govuk-form-group app-filter${options.error ? ' govuk-form-group--error' : ''}">
  <label class="govuk-label" for="${e(name)}">${e(label)}</label>
  ${options.hint ? `<div id="${hintId}" class="govuk-hint">${e(options.hint)}</div>` : ''}
  ${options.error ? `<p id="${errorId}" class="govuk-error-message"><span class="govuk-visually-hidden">${e(options.errorPrefix ?? 'Error:')}</span> ${e(options.error)}</p>` : ''}
  <input class="govuk-input ${options.width ?? 'govuk-input--width-10'}${options.error ? ' govuk-input--error' : ''}" id="${e(name)}" name="${e(name)}" type="${options.type ?? 'text'}" value="${e(value ?? '')}"${described ? ` aria-describedby="${described}"` : ''}>
</div>`;
}

/** The GOV.UK error summary: each problem links to its field; `title` is "There is a problem" in the page's language. */
export function errorSummary(problems: { href: string; message: string }[], title: string): string {
  if (problems.length === 0) return '';
  return `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
  <h2 class="govuk-error-summary__title">${e(title)}</h2>
  <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${problems.map((p) => `<li><a href="${e(p.href)}">${e(p.message)}</a></li>`).join('')}</ul></div>
</div></div>`;
}

export const heading = (caption: string, title: string) => `<span class="govuk-caption-l">${e(caption)}</span><h1 class="govuk-heading-l">${e(title)}</h1>`;
export const paragraph = (text: string) => `<p class="govuk-body">${e(text)}</p>`;
export const link = (href: string, text: string, extra = '') => `<a class="govuk-link${extra ? ` ${extra}` : ''}" href="${e(href)}">${e(text)}</a>`;
