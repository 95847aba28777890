import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceView, QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { formatDateTime } from '../format.ts';
import type { Translate } from '../i18n.ts';

/** Ids of the hint and error under a question, for aria-describedby; undefined when there are none. */
export function describedBy(ctx: QuestionContext, question: QuestionView, extra: string[] = []): string | undefined {
  const ids = [...extra];
  if (question.hint) ids.push(ctx.idFor(question.pointer, 'hint'));
  if (question.prefill) ids.push(ctx.idFor(question.pointer, 'prefill'));
  if (ctx.errorFor(question)) ids.push(ctx.idFor(question.pointer, 'error'));
  return ids.length ? ids.join(' ') : undefined;
}

export function formGroupClass(ctx: QuestionContext, question: QuestionView): string {
  return ctx.errorFor(question) ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group';
}

/** A choice's label: the definition's words, except yes and no, which are the engine's in the element's language. */
export const choiceText = (ctx: QuestionContext, question: QuestionView, label: string) => (question.kind === 'yesNo' ? label : ctx.write(label));

export function hint(ctx: QuestionContext, question: QuestionView): TemplateResult | typeof nothing {
  return question.hint ? html`<div id=${ctx.idFor(question.pointer, 'hint')} class="govuk-hint">${ctx.write(question.hint)}</div>` : nothing;
}

export function errorMessage(ctx: QuestionContext, question: QuestionView): TemplateResult | typeof nothing {
  const message = ctx.errorFor(question);
  return message
    ? html`<p id=${ctx.idFor(question.pointer, 'error')} class="govuk-error-message"><span class="govuk-visually-hidden">${ctx.t('components.error.prefix')}</span> ${ctx.write(message)}</p>`
    : nothing;
}

/** Where a prefilled answer came from, and the choice to accept it as it is (changing it also counts as a review). */
export function prefillNotice(ctx: QuestionContext, question: QuestionView): TemplateResult | typeof nothing {
  const mark = question.prefill;
  if (!mark) return nothing;
  const accepted = !mark.needsReview || ctx.isAccepted(question.pointer);
  return html`<div id=${ctx.idFor(question.pointer, 'prefill')} class="govuk-inset-text form-prefill">
    <p class="govuk-body">${ctx.t('components.prefill.from', { at: formatDateTime(mark.confirmedAt, undefined, ctx.t) })}
      ${accepted ? html`<strong class="govuk-tag govuk-tag--green">${ctx.t('components.prefill.reviewed')}</strong>` : html`<strong class="govuk-tag govuk-tag--yellow">${ctx.t('components.prefill.check')}</strong>`}</p>
    ${accepted
      ? nothing
      : html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-accept=${question.pointer}
          @click=${() => ctx.accept(question.pointer)}>${ctx.t('components.prefill.accept')}<span class="govuk-visually-hidden">: ${ctx.write(question.label)}</span></button>`}
  </div>`;
}

export function flagTags(ctx: QuestionContext, question: QuestionView): TemplateResult | typeof nothing {
  if (!question.flags.length) return nothing;
  return html`<p class="govuk-body">${question.flags.map((flag) => html`<strong class="govuk-tag ${flagClass(flag.level)}">${flagLevelLabel(flag.level, ctx.t)}: ${ctx.write(flag.label)}</strong> `)}</p>`;
}

/** A flag's level in words: colour alone must not carry it (WCAG 1.4.1). */
export function flagLevelLabel(level: string, t: Translate): string {
  const key = `components.flag.level.${level}`;
  const label = t(key);
  return label === key ? level.charAt(0).toUpperCase() + level.slice(1) : label;
}

export function flagClass(level: string): string {
  switch (level) {
    case 'alert': return 'govuk-tag--red';
    case 'warning': return 'govuk-tag--orange';
    case 'attention': return 'govuk-tag--yellow';
    default: return 'govuk-tag--blue';
  }
}

/** The hint under one radio or checkbox choice; `control` is "radios" or "checkboxes". */
export function choiceHint(ctx: Pick<QuestionContext, 'write'>, id: string, choice: ChoiceView, control: 'radios' | 'checkboxes'): TemplateResult | typeof nothing {
  return choice.hint ? html`<div id=${id + '-hint'} class="govuk-hint govuk-${control}__hint">${ctx.write(choice.hint)}</div>` : nothing;
}

/** The follow-ups shown on this page: all of them, less those asked on their own page when the context separates pages. */
export function followUpsHere(ctx: QuestionContext, followUps: QuestionView[]): QuestionView[] {
  return ctx.separatePages ? followUps.filter((q) => !q.page) : followUps;
}

/** GOV.UK conditional reveal: the follow-ups a choice opens, rendered only while it is chosen. */
export function choiceReveal(ctx: QuestionContext, choice: ChoiceView, revealId: string, open: boolean, control: 'radios' | 'checkboxes'): TemplateResult | typeof nothing {
  const here = followUpsHere(ctx, choice.followUps);
  if (!here.length) return nothing;
  return html`<div class="govuk-${control}__conditional" id=${revealId} ?hidden=${!open}>
    ${open ? here.filter((q) => q.visible).map((q) => ctx.render(q)) : nothing}</div>`;
}
