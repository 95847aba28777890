import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { choiceHint, choiceReveal, describedBy, followUpsHere, errorMessage, flagTags, formGroupClass, hint, prefillNotice, choiceText } from './parts.ts';

/** yesNo and singleChoice: GOV.UK radios, with follow-ups revealed under the choice that opens them. */
export function renderRadios(ctx: QuestionContext, question: QuestionView) {
  const choices = question.choices ?? [];
  const hasReveal = choices.some((c) => followUpsHere(ctx, c.followUps).length > 0);
  const inline = question.kind === 'yesNo' && !hasReveal;
  const name = ctx.idFor(question.pointer);
  return html`<div class=${formGroupClass(ctx, question)}>
    <fieldset class="govuk-fieldset" aria-describedby=${ifDefined(describedBy(ctx, question))}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${ctx.write(question.label)}</legend>
      ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
      <div class=${inline ? 'govuk-radios govuk-radios--inline' : 'govuk-radios'}>
        ${choices.map((choice, index) => {
          const id = index === 0 ? ctx.idFor(question.pointer) + '-input' : ctx.idFor(question.pointer, `choice-${index}`);
          const checked = question.value === choice.value;
          const revealId = ctx.idFor(question.pointer, `reveal-${index}`);
          const hintId = choice.hint ? `${id}-hint` : undefined;
          return html`<div class="govuk-radios__item">
              <input class="govuk-radios__input" id=${id} name=${name} type="radio" .value=${choice.value} .checked=${checked}
                aria-controls=${ifDefined(followUpsHere(ctx, choice.followUps).length ? revealId : undefined)} aria-describedby=${ifDefined(hintId)}
                @change=${() => ctx.change(question.pointer, choice.value)}>
              <label class="govuk-label govuk-radios__label" for=${id}>${choiceText(ctx, question, choice.label)}</label>
              ${choiceHint(ctx, id, choice, 'radios')}
            </div>
            ${choiceReveal(ctx, choice, revealId, checked, 'radios')}`;
        })}
      </div>
    </fieldset>
    ${flagTags(ctx, question)}
  </div>`;
}
