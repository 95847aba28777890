import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QuestionView } from '../../engine/types.ts';
import { tickedAfter } from '../../engine/vocabulary/x-exclusive.ts';
import type { QuestionContext } from './context.ts';
import { choiceHint, choiceReveal, describedBy, followUpsHere, errorMessage, flagTags, formGroupClass, hint, prefillNotice, choiceText } from './parts.ts';

/**
 * multipleChoice: GOV.UK checkboxes; a ticked box reveals its follow-ups beneath it. A choice the view
 * model marks `exclusive` shows after an "or" and is ticked on its own (the keyword's tickedAfter).
 */
export function renderCheckboxes(ctx: QuestionContext, question: QuestionView) {
  const ticked = Array.isArray(question.value) ? (question.value as string[]) : [];
  const choices = question.choices ?? [];
  const toggle = (value: string, on: boolean) => {
    const next = tickedAfter(choices, ticked, value, on);
    ctx.change(question.pointer, next.length ? next : undefined);
  };
  return html`<div class=${formGroupClass(ctx, question)}>
    <fieldset class="govuk-fieldset" aria-describedby=${ifDefined(describedBy(ctx, question))}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${ctx.write(question.label)}</legend>
      ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
      <div class="govuk-checkboxes">
        ${choices.map((choice, index) => {
          const id = index === 0 ? ctx.idFor(question.pointer) + '-input' : ctx.idFor(question.pointer, `choice-${index}`);
          const checked = ticked.includes(choice.value);
          const revealId = ctx.idFor(question.pointer, `reveal-${index}`);
          return html`${choice.exclusive && index > 0 ? html`<div class="govuk-checkboxes__divider">${ctx.t('components.choice.or')}</div>` : nothing}
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id=${id} name=${ctx.idFor(question.pointer)} type="checkbox" .value=${choice.value}
                .checked=${checked} data-behaviour=${ifDefined(choice.exclusive ? 'exclusive' : undefined)} aria-controls=${ifDefined(followUpsHere(ctx, choice.followUps).length ? revealId : undefined)}
                aria-describedby=${ifDefined(choice.hint ? `${id}-hint` : undefined)}
                @change=${(e: Event) => toggle(choice.value, (e.target as HTMLInputElement).checked)}>
              <label class="govuk-label govuk-checkboxes__label" for=${id}>${choiceText(ctx, question, choice.label)}</label>
              ${choiceHint(ctx, id, choice, 'checkboxes')}
            </div>
            ${choiceReveal(ctx, choice, revealId, checked, 'checkboxes')}`;
        })}
      </div>
    </fieldset>
    ${flagTags(ctx, question)}
  </div>`;
}

