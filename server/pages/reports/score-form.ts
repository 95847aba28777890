/**
 * The quality-check form on the review page, built from the rubric's definition (no question is named
 * in code): radios for yes/no and single choices, checkboxes for multiple choices, text boxes and areas
 * for text. It posts as an ordinary HTML form; `answersFromForm` turns the post back into answers the
 * engine checks.
 */
import type { CompiledForm } from '../../../engine/index.ts';
import type { QuestionModel } from '../../../engine/model.ts';
import type { Answers, AnswerValue } from '../../../engine/types.ts';
import type { Translate } from '../../../engine/i18n/translator.ts';
import { escapeHtml as e } from '../layout.ts';

export interface FieldError { pointer: string; message: string }

const fieldName = (section: string, key: string) => `${section}.${key}`;
const fieldId = (section: string, key: string) => `${section}-${key}`;
/** Where the error summary sends the reader for a pointer "/section/key": the question's first input. */
export const anchorOf = (pointer: string) => `#${pointer.slice(1).replace('/', '-')}`;

function choices(q: QuestionModel, t: Translate) {
  return q.kind === 'yesNo' ? [{ value: 'yes', label: t('engine.yesNo.yes') }, { value: 'no', label: t('engine.yesNo.no') }] : q.choices ?? [];
}

function questionField(section: string, q: QuestionModel, value: AnswerValue | undefined, error: string | undefined, t: Translate): string {
  const id = fieldId(section, q.key);
  const name = fieldName(section, q.key);
  const hint = q.description ? `<div id="${id}-hint" class="govuk-hint">${e(q.description)}</div>` : '';
  const err = error ? `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${e(t('pages.errorMessage.prefix'))}</span> ${e(error)}</p>` : '';
  const described = [q.description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = described ? ` aria-describedby="${described}"` : '';
  const group = (inner: string) => `<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">${inner}</div>`;
  if (q.kind === 'yesNo' || q.kind === 'singleChoice' || q.kind === 'multipleChoice') {
    const multiple = q.kind === 'multipleChoice';
    const selected = new Set(Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);
    const items = choices(q, t).map((c, i) => {
      const itemId = i === 0 ? id : `${id}-${i + 1}`;
      const type = multiple ? 'checkbox' : 'radio';
      return `<div class="govuk-${multiple ? 'checkboxes' : 'radios'}__item"><input class="govuk-${multiple ? 'checkboxes' : 'radios'}__input" id="${itemId}" name="${name}" type="${type}" value="${e(c.value)}"${selected.has(c.value) ? ' checked' : ''}${'hint' in c && c.hint ? ` aria-describedby="${itemId}-hint"` : ''}>
<label class="govuk-label govuk-${multiple ? 'checkboxes' : 'radios'}__label" for="${itemId}">${e(c.label)}</label>${'hint' in c && c.hint ? `<div id="${itemId}-hint" class="govuk-hint govuk-${multiple ? 'checkboxes' : 'radios'}__hint">${e(c.hint)}</div>` : ''}</div>`;
    }).join('');
    return group(`<fieldset class="govuk-fieldset"${aria}><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${e(q.title)}</legend>${hint}${err}
<div class="govuk-${multiple ? 'checkboxes' : 'radios'}" data-module="govuk-${multiple ? 'checkboxes' : 'radios'}">${items}</div></fieldset>`);
  }
  const label = `<label class="govuk-label govuk-label--s" for="${id}">${e(q.title)}</label>`;
  const text = value === undefined ? '' : String(value);
  if (q.kind === 'longText') {
    return group(`${label}${hint}${err}<textarea class="govuk-textarea${error ? ' govuk-textarea--error' : ''}" id="${id}" name="${name}" rows="5"${aria}>${e(text)}</textarea>`);
  }
  const type = q.kind === 'number' ? 'text" inputmode="numeric' : q.kind === 'date' ? 'date' : 'text';
  return group(`${label}${hint}${err}<input class="govuk-input${error ? ' govuk-input--error' : ''}" id="${id}" name="${name}" type="${type}" value="${e(text)}"${aria}>`);
}

/** `rubric` in the page's language (its translation), `t` the page's own words. */
export function scoreForm(rubric: CompiledForm, action: string, answers: Answers | undefined, errors: FieldError[], t: Translate): string {
  const errorAt = new Map(errors.map((x) => [x.pointer, x.message]));
  const sections = rubric.model.sections.map((section) => {
    const questions = [...section.byKey.values()].filter((q) => q.kind !== 'list');
    return `${section.description ? `<p class="govuk-body">${e(section.description)}</p>` : ''}
${questions.map((q) => questionField(section.key, q, answers?.[section.key]?.[q.key], errorAt.get(`/${section.key}/${q.key}`), t)).join('\n')}`;
  }).join('\n');
  return `<form method="post" action="${e(action)}" novalidate>
<h2 class="govuk-heading-l" id="score">${e(rubric.model.title)}</h2>
${sections}
<button type="submit" class="govuk-button" data-module="govuk-button">${e(t('samples.review.save'))}</button>
</form>`;
}

/** The posted fields back into answers: "section.key" names, blanks left out, checkbox ticks as a list, numbers as numbers. */
export function answersFromForm(rubric: CompiledForm, body: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const section of rubric.model.sections) {
    for (const q of section.byKey.values()) {
      const raw = body[fieldName(section.key, q.key)];
      const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String).filter((v) => v.trim() !== '');
      if (values.length === 0) continue;
      const value: AnswerValue = q.kind === 'multipleChoice' ? values : q.kind === 'number' && Number.isFinite(Number(values[0])) ? Number(values[0]) : values[0]!;
      (answers[section.key] ??= {})[q.key] = value;
    }
  }
  return answers;
}
