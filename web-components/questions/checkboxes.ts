import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChoiceView, QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { choiceHint, choiceReveal, describedBy, followUpsHere, errorMessage, flagTags, formGroupClass, hint, prefillNotice } from './parts.ts';

/** multipleChoice: GOV.UK checkboxes; a ticked box reveals its follow-ups beneath it. */
export function renderCheckboxes(ctx: QuestionContext, question: QuestionView) {
  const ticked = Array.isArray(question.value) ? (question.value as string[]) : [];
  const choices = question.choices ?? [];
  const exclusive = new Set(choices.filter(isExclusive).map((c) => c.value));
  const toggle = (value: string, on: boolean) => {
    // GOV.UK exclusive behaviour: an exclusive choice ("None of these") is ticked on its own.
    const keep = (v: string) => !on || (exclusive.has(value) ? false : !exclusive.has(v));
    const next = choices.map((c) => c.value).filter((v) => (v === value ? on : ticked.includes(v) && keep(v)));
    ctx.change(question.pointer, next.length ? next : undefined);
  };
  return html`<div class=${formGroupClass(ctx, question)}>
    <fieldset class="govuk-fieldset" aria-describedby=${ifDefined(describedBy(ctx, question))}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${question.label}</legend>
      ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
      <div class="govuk-checkboxes">
        ${choices.map((choice, index) => {
          const id = index === 0 ? ctx.idFor(question.pointer) + '-input' : ctx.idFor(question.pointer, `choice-${index}`);
          const checked = ticked.includes(choice.value);
          const revealId = ctx.idFor(question.pointer, `reveal-${index}`);
          return html`${isExclusive(choice) && index > 0 ? html`<div class="govuk-checkboxes__divider">or</div>` : nothing}
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id=${id} name=${ctx.idFor(question.pointer)} type="checkbox" .value=${choice.value}
                .checked=${checked} data-behaviour=${ifDefined(isExclusive(choice) ? 'exclusive' : undefined)} aria-controls=${ifDefined(followUpsHere(ctx, choice.followUps).length ? revealId : undefined)}
                aria-describedby=${ifDefined(choice.hint ? `${id}-hint` : undefined)}
                @change=${(e: Event) => toggle(choice.value, (e.target as HTMLInputElement).checked)}>
              <label class="govuk-label govuk-checkboxes__label" for=${id}>${choice.label}</label>
              ${choiceHint(id, choice, 'checkboxes')}
            </div>
            ${choiceReveal(ctx, choice, revealId, checked, 'checkboxes')}`;
        })}
      </div>
    </fieldset>
    ${flagTags(question)}
  </div>`;
}

/** Choices marked x-exclusive in the definition (optional in the view model). */
function isExclusive(choice: ChoiceView): boolean {
  return 'exclusive' in choice && choice.exclusive === true;
}
