/**
 * The structured editor's form for one question: title, hint, mandatory and its message, prefill,
 * choices, flags and follow-ups. Every field changes the definition when it is left (change event), so
 * the preview follows and each change is one undo step.
 */
import { html, nothing } from 'lit';
import { FLAG_LEVELS, type FlagRule, type QuestionKind } from '../../engine/vocabulary/index.ts';
import { checkedOf, idFor, valueOf, type Json, type StructuredContext } from './context.ts';
import { orList } from '../../engine/i18n/engine-text.ts';
import type { Translate } from '../i18n.ts';
import { CHOICE_KINDS, kindLabel, KINDS } from './kinds.ts';
import { addFollowUp, keyFrom, optionsOf, questionsOf, setErrorMessage, setFlags, setMandatory, setOptions, setPrefill, setQuestionText, valueAt, type Choice } from './structure.ts';

function textField(id: string, label: string, value: string, onChange: (value: string) => void, hint = '') {
  return html`<div class="govuk-form-group">
    <label class="govuk-label govuk-label--s" for=${id}>${label}</label>
    ${hint ? html`<div class="govuk-hint" id=${`${id}-hint`}>${hint}</div>` : nothing}
    <input class="govuk-input" id=${id} type="text" .value=${value} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => onChange(valueOf(e).trim())}>
  </div>`;
}

function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<div class="govuk-checkboxes__item">
    <input class="govuk-checkboxes__input" id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange(checkedOf(e))}>
    <label class="govuk-label govuk-checkboxes__label" for=${id}>${label}</label>
  </div>`;
}

/** An answer's words in the editor's language: yes and no are the engine's; a choice is the definition's own title. */
const answerTitle = (question: Json, option: Choice, t: Translate) => (question['x-kind'] === 'yesNo' ? t(`engine.yesNo.${option.const}`) : option.title);

function renderChoices(ctx: StructuredContext, pointer: string, question: Json) {
  const { t } = ctx;
  const options = optionsOf(question);
  const id = idFor('choice', pointer);
  const update = (next: Choice[]) => ctx.apply(setOptions(ctx.definition, pointer, next));
  const taken = () => new Set(options.map((o) => o.const));
  return html`<fieldset class="govuk-fieldset govuk-!-margin-bottom-6"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${t('editor.qp.choices')}</legend>
    ${options.map((option, i) => html`<div class="editor-row">
      ${textField(`${id}-${i}`, t('editor.qp.choice', { n: i + 1 }), option.title, (title) => update(options.map((o, j) => (j === i ? { ...o, title } : o))), t('editor.qp.storedAs', { code: option.const }))}
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" ?disabled=${options.length <= 2}
        @click=${() => update(options.filter((_, j) => j !== i))}>${t('editor.sv.remove')}<span class="govuk-visually-hidden">${t('editor.qp.removeChoice', { title: option.title })}</span></button>
    </div>`)}
    <button type="button" class="govuk-button govuk-button--secondary" @click=${() => update([...options, { const: keyFrom(`Option ${options.length + 1}`, taken(), 'option'), title: t('editor.qp.option', { n: options.length + 1 }) }])}>${t('editor.qp.addChoice')}</button>
  </fieldset>`;
}

function renderFlags(ctx: StructuredContext, pointer: string, question: Json) {
  const { t } = ctx;
  const flags: FlagRule[] = question['x-flags'] ?? [];
  const options = optionsOf(question);
  const id = idFor('flag', pointer);
  const update = (next: FlagRule[]) => ctx.apply(setFlags(ctx.definition, pointer, next));
  const change = (i: number, patch: Partial<FlagRule>) => update(flags.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return html`<fieldset class="govuk-fieldset govuk-!-margin-bottom-6"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${t('editor.qp.flags')}</legend>
    ${flags.map((flag, i) => html`<div class="editor-card">
      ${textField(`${id}-${i}-label`, t('editor.qp.flagLabel', { n: i + 1 }), flag.label, (label) => change(i, { label }))}
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for=${`${id}-${i}-level`}>${t('editor.qp.level')}</label>
        <select class="govuk-select" id=${`${id}-${i}-level`} @change=${(e: Event) => change(i, { level: valueOf(e) as FlagRule['level'] })}>
          ${FLAG_LEVELS.map((level) => html`<option value=${level} ?selected=${flag.level === level}>${t(`components.flag.level.${level}`)}</option>`)}
        </select></div>
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for=${`${id}-${i}-value`}>${t('editor.qp.raisedWhen')}</label>
        <select class="govuk-select" id=${`${id}-${i}-value`} @change=${(e: Event) => change(i, { values: [valueOf(e)] })}>
          ${options.map((o) => html`<option value=${o.const} ?selected=${flag.values[0] === o.const}>${answerTitle(question, o, t)}</option>`)}
        </select></div>
      <button type="button" class="govuk-button govuk-button--warning" @click=${() => update(flags.filter((_, j) => j !== i))}>${t('editor.qp.removeFlag', { n: i + 1 })}</button>
    </div>`)}
    <button type="button" class="govuk-button govuk-button--secondary" @click=${() => update([...flags, { values: [options[0]?.const ?? 'yes'], level: 'warning', label: question.title }])}>${t('editor.qp.addFlag')}</button>
  </fieldset>`;
}

function renderFollowUpAdder(ctx: StructuredContext, pointer: string, question: Json) {
  const { t } = ctx;
  const id = idFor('followup', pointer);
  const add = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const title = field('title').trim();
    if (!title) return;
    const added = addFollowUp(ctx.definition, pointer, field('value'), field('kind') as QuestionKind, title, t);
    ctx.apply(added.definition, { question: added.pointer });
  };
  return html`<form class="editor-card" novalidate @submit=${add}><h4 class="govuk-heading-s">${t('editor.qp.addFollowUp')}</h4>
    <div class="govuk-form-group"><label class="govuk-label" for=${`${id}-value`}>${t('editor.qp.shownWhen')}</label>
      <select class="govuk-select" id=${`${id}-value`} name="value">${optionsOf(question).map((o) => html`<option value=${o.const}>${answerTitle(question, o, t)}</option>`)}</select></div>
    ${kindAndTitle(id, t)}
    <button type="submit" class="govuk-button govuk-button--secondary">${t('editor.qp.addFollowUpButton')}</button>
  </form>`;
}

/** The kind and title fields of a new question; shared by the section's and the follow-up's add forms. */
export function kindAndTitle(id: string, t: Translate) {
  return html`<div class="govuk-form-group"><label class="govuk-label" for=${`${id}-kind`}>${t('editor.qp.kind')}</label>
      <select class="govuk-select" id=${`${id}-kind`} name="kind">${KINDS.map((k) => html`<option value=${k}>${kindLabel(k, t)}</option>`)}</select></div>
    <div class="govuk-form-group"><label class="govuk-label" for=${`${id}-title`}>${t('editor.qp.question')}</label>
      <input class="govuk-input" id=${`${id}-title`} name="title" type="text"></div>`;
}

export function renderQuestionPanel(ctx: StructuredContext) {
  const { t } = ctx;
  const pointer = ctx.selectedQuestion;
  const question = valueAt(ctx.definition, pointer) as Json | undefined;
  if (!question) return nothing;
  const ref = questionsOf(ctx.definition, `/properties/${ctx.selectedSection}`).find((q) => q.pointer === pointer);
  const id = idFor('q', pointer);
  const apply = (next: Json) => ctx.apply(next);
  const choice = CHOICE_KINDS.includes(question['x-kind']);
  return html`<section class="editor-card" aria-labelledby=${`${id}-heading`} id=${`${id}-panel`}>
    <h3 class="govuk-heading-m" id=${`${id}-heading`} tabindex="-1">${t('editor.qp.edit', { title: question.title })}</h3>
    <p class="govuk-body-s">${t('editor.qp.about', { kind: kindLabel(String(question['x-kind']), t) })} <code>${ref?.key}</code>${ref?.followUpOf ? t('editor.qp.shownWhenKey', { key: ref.followUpOf.key, values: orList(ref.followUpOf.values.map(String), t) }) : ''}</p>
    ${textField(`${id}-title`, t('editor.qp.question'), question.title ?? '', (text) => text && apply(setQuestionText(ctx.definition, pointer, 'title', text)))}
    ${textField(`${id}-hint`, t('editor.qp.hint'), question.description ?? '', (text) => apply(setQuestionText(ctx.definition, pointer, 'description', text)))}
    <div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small">
      ${checkbox(`${id}-mandatory`, t('editor.qp.mandatory'), !!ref?.mandatory, (on) => apply(setMandatory(ctx.definition, pointer, on)))}
      ${checkbox(`${id}-prefill`, t('editor.qp.prefill'), question['x-prefill'] === true, (on) => apply(setPrefill(ctx.definition, pointer, on)))}
    </div></div>
    ${textField(`${id}-required`, t('editor.qp.required'), question['x-errors']?.required ?? '', (m) => apply(setErrorMessage(ctx.definition, pointer, 'required', m)), t('editor.qp.requiredHint'))}
    ${question['x-kind'] === 'singleChoice' || question['x-kind'] === 'multipleChoice' ? renderChoices(ctx, pointer, question) : nothing}
    ${choice ? renderFlags(ctx, pointer, question) : nothing}
    ${choice ? renderFollowUpAdder(ctx, pointer, question) : nothing}
  </section>`;
}
