/**
 * The only place the components touch the engine: load a form with its precompiled validator, build
 * the view model, and clear answers to follow-ups that closed. The browser never compiles a schema.
 */
import { formFromPrecompiled, buildViewModel, checkAnswers, type AnswersValidator, type CompiledForm } from '../engine/index.ts';
import { textsLeftInEnglish } from '../engine/i18n/definition-translation.ts';
import { clearHiddenAnswers } from '../engine/derive.ts';
import type { AnswerCheck, Answers, FormRecord, Role, ViewModel } from '../engine/types.ts';
import type { ApiClient } from './api-client.ts';
import type { Translate } from './i18n.ts';

/** A form as the element reads it: `inEnglish`, its texts still in English on a page in another language (marked lang="en"). */
export type LoadedForm = CompiledForm & { readonly inEnglish: readonly string[] };

/** URL of the precompiled validator module for one form version, served beside the bundle. */
export function validatorUrl(name: string, version: string): string {
  return new URL(`validators/${encodeURIComponent(name)}/${encodeURIComponent(version)}.js`, import.meta.url).href;
}

export async function importValidator(url: string): Promise<AnswersValidator> {
  const module = (await import(/* @vite-ignore */ url)) as { default: AnswersValidator };
  return module.default;
}

export async function loadForm(client: ApiClient, name: string, version: string): Promise<LoadedForm> {
  // Without the English beside it the form still works, its English words only unmarked.
  const [definition, english, validate] = await Promise.all([client.definition(name, version), client.englishDefinition(name, version).catch(() => undefined), importValidator(validatorUrl(name, version))]);
  return formWithWords(definition, validate, english ? textsLeftInEnglish(english, definition) : []);
}

/** A form from its definition as served (in the element's language) and its precompiled validator. */
export function formWithWords(definition: unknown, validate: AnswersValidator, inEnglish: readonly string[] = []): LoadedForm {
  return { ...formFromPrecompiled(definition, validate), inEnglish };
}

export function buildView(form: CompiledForm, record: FormRecord, roles: readonly Role[], t?: Translate): ViewModel {
  return buildViewModel(form, record, { roles, t });
}

/** The answers without those to follow-ups that no longer show (GOV.UK clears a closed reveal). */
export function clearHidden(form: CompiledForm, answers: Answers): Answers {
  return clearHiddenAnswers(form, answers).answers;
}

/** Problems with the answers of one section: `invalid` stops any save, `incomplete` only confirmation. */
export function checkSection(form: CompiledForm, answers: Answers, section: string): AnswerCheck {
  const check = checkAnswers(form, answers);
  return { invalid: check.invalid.filter((e) => e.section === section), incomplete: check.incomplete.filter((e) => e.section === section) };
}

