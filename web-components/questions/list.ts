import { html, nothing } from 'lit';
import type { QuestionView } from '../../engine/types.ts';
import { oneOf } from '../../engine/list-noun.ts';
import type { QuestionContext } from './context.ts';
import { errorMessage, formGroupClass, hint, prefillNotice } from './parts.ts';

/** list: each item in its own fieldset with a remove button, then "Add another". */
export function renderList(ctx: QuestionContext, question: QuestionView) {
  const list = question.list;
  if (!list) return nothing;
  const titleId = ctx.idFor(question.pointer, 'title');
  return html`<div class=${formGroupClass(ctx, question)}>
    <h3 class="govuk-heading-s" id=${titleId}>${ctx.write(question.label)}</h3>
    ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
    ${list.items.length === 0 ? html`<p class="govuk-body">${ctx.write(ctx.t('components.list.none', { plural: list.noun.plural }))}</p>` : nothing}
    ${[...list.items].sort((a, b) => a.index - b.index).map((item) => html`<fieldset class="govuk-fieldset form-list-item" id=${ctx.idFor(`${question.pointer}/${item.index}`, 'item')}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${ctx.write(item.label)}</legend>
        ${item.questions.map((q) => ctx.render(q))}
        <button type="button" class="govuk-button govuk-button--secondary" @click=${() => ctx.removeItem(question.pointer, item.index)}>
          ${ctx.t('components.list.remove')}<span class="govuk-visually-hidden"> ${ctx.write(item.label)}</span></button>
      </fieldset>`)}
    <button type="button" class="govuk-button govuk-button--secondary" id=${ctx.idFor(question.pointer, 'input')}
      @click=${() => ctx.addItem(question.pointer)}>${ctx.write(list.items.length ? ctx.t('components.list.addAnother', { singular: list.noun.singular }) : ctx.t('components.list.add', { oneOf: oneOf(list.noun, ctx.t) }))}</button>
  </div>`;
}
