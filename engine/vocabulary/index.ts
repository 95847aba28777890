import type { KeywordDefinition } from 'ajv';
import { xForm } from './x-form.ts';
import { xSection } from './x-section.ts';
import { xKind } from './x-kind.ts';
import { xErrors } from './x-errors.ts';
import { xPrefill } from './x-prefill.ts';
import { xFlags } from './x-flags.ts';
import { xList } from './x-list.ts';
import { xPage } from './x-page.ts';
import { ANSWER_KEYWORDS } from './answer-keywords.ts';

/** The form vocabulary: annotation keywords the engine reads; ajv checks their values at compile time. */
export const formVocabulary: KeywordDefinition[] = [xForm, xSection, xKind, xErrors, xPrefill, xFlags, xList, xPage, ...ANSWER_KEYWORDS.map((k) => k.definition)];
export const FORM_KEYWORDS = formVocabulary.map((k) => k.keyword as string);

export type { FormKeyword } from './x-form.ts';
export type { SectionKeyword } from './x-section.ts';
export type { QuestionKind } from './x-kind.ts';
export type { ErrorsKeyword } from './x-errors.ts';
export type { FlagRule, FlagLevel } from './x-flags.ts';
export type { ListKeyword } from './x-list.ts';
export type { DateKeyword } from './x-date.ts';
export type { PageKeyword } from './x-page.ts';
export type { Role } from './roles.ts';
export { ROLES, PRIVILEGES, mayDo, whoMay, type Privilege } from './roles.ts';
export { QUESTION_KINDS } from './x-kind.ts';
export { FLAG_LEVELS } from './x-flags.ts';
