import { html, nothing } from 'lit';
import type { QuestionView, SectionView } from '../../engine/types.ts';
import { countOf } from '../../engine/list-noun.ts';
import type { ConflictBody } from '../api-client.ts';
import type { Translate } from '../i18n.ts';
import { answerWriter, type Written } from '../english-marked.ts';

/** What the conflict box needs: ids, the user's choice per question, and the save once chosen. */
export interface ConflictContext {
  readonly t: Translate;
  /** Every word of the form shown goes through it (why: QuestionContext.write). */
  readonly write: Written;
  idFor(pointer: string, part?: string): string;
  readonly conflictChoices: ReadonlyMap<string, 'yours' | 'theirs'>;
  readonly conflictUnchosen: boolean;
  choose(pointer: string, side: 'yours' | 'theirs'): void;
}

/**
 * Someone saved some of the same questions first. Both answers are shown and the user picks one per
 * question; their own typing stays in the form underneath until they decide.
 */
export function renderConflict(host: ConflictContext, section: SectionView, conflict: ConflictBody, resolve: () => void) {
  const pointers = Object.keys({ ...conflict.theirs, ...conflict.yours });
  const questions = questionsByPointer(section.questions);
  const id = host.idFor('/conflict');
  return html`<div class="govuk-error-summary" id=${id} tabindex="-1" aria-labelledby=${id + '-title'}>
    <h2 class="govuk-error-summary__title" id=${id + '-title'}>${host.t('components.conflict.title', { count: pointers.length })}</h2>
    <div class="govuk-error-summary__body">
      <p class="govuk-body">${host.t('components.conflict.choose')}</p>
      ${pointers.map((pointer, index) => {
        const name = `${id}-${index}`;
        const choice = host.conflictChoices.get(pointer);
        const missing = host.conflictUnchosen && choice === undefined;
        const label = questions.get(pointer)?.label ?? pointer;
        return html`<div class="govuk-form-group ${missing ? 'govuk-form-group--error' : ''}"><fieldset class="govuk-fieldset" aria-describedby=${missing ? `${name}-error` : nothing}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${host.write(label)}</legend>
          ${missing ? html`<p class="govuk-error-message" id=${`${name}-error`}><span class="govuk-visually-hidden">${host.t('components.error.prefix')}</span> ${host.write(host.t('components.conflict.missing', { label }))}</p>` : nothing}
          <div class="govuk-radios">
            ${(['yours', 'theirs'] as const).map((side) => html`<div class="govuk-radios__item">
              <input class="govuk-radios__input" type="radio" id=${`${name}-${side}`} name=${name} .value=${side} .checked=${choice === side}
                @change=${() => host.choose(pointer, side)}>
              <label class="govuk-label govuk-radios__label" for=${`${name}-${side}`}>
                ${host.t(`components.conflict.${side}`)}: ${answerWriter(questions.get(pointer), host.write)(describe(host.t, side === 'yours' ? conflict.yours[pointer] : conflict.theirs[pointer], questions.get(pointer)))}</label>
            </div>`)}
          </div></fieldset></div>`;
      })}
      <button type="button" class="govuk-button" @click=${resolve}>${host.t('components.conflict.save')}</button>
    </div>
  </div>`;
}

function questionsByPointer(questions: QuestionView[], into = new Map<string, QuestionView>()): Map<string, QuestionView> {
  for (const q of questions) {
    into.set(q.pointer, q);
    for (const c of q.choices ?? []) questionsByPointer(c.followUps, into);
    questionsByPointer(q.followUps, into);
  }
  return into;
}

/** An answer in words: choice titles for choices, "2 items" for a list, the text otherwise. */
function describe(t: Translate, value: unknown, question?: QuestionView): string {
  if (value === undefined || value === null || value === '') return t('components.conflict.noAnswer');
  const label = (v: unknown) => question?.choices?.find((c) => c.value === v)?.label ?? String(v);
  if (question?.list && Array.isArray(value)) return countOf(value.length, question.list.noun, t);
  if (Array.isArray(value)) return value.map(label).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : label(value);
}
