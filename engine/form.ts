/**
 * A compiled form: the definition read into the engine's model, plus one JSON Schema validator for the
 * whole answers object. In node the validator is compiled by ajv (engine/node.ts); in the browser it is
 * the standalone module generated ahead of time (validatorModuleSource), so no code is generated there.
 */
import type { ErrorObject } from 'ajv';
import { readFormModel, type FormDefinition, type FormModel, type QuestionModel, type SectionModel } from './model.ts';

/** Where the validated value sits in the answers: ajv's own second argument, so errors carry the full instance path. */
export interface ValidatedAt {
  instancePath: string;
  parentData: Record<string, unknown>;
  parentDataProperty: string;
  rootData: Record<string, unknown>;
  dynamicAnchors: Record<string, never>;
}

export interface AnswersValidator {
  (data: unknown, at?: ValidatedAt): boolean;
  errors?: ErrorObject[] | null;
}

export interface CompiledForm {
  name: string;
  version: string;
  definition: FormDefinition;
  model: FormModel;
  validate: AnswersValidator;
  /** One validator per section, the very functions `validate` calls (a save checks only its section); absent for some precompiled forms. */
  sectionValidators?: ReadonlyMap<string, AnswersValidator>;
  /** Lists whose items must differ in their itemKey field (checked after the schema pass). */
  keyedLists: { section: SectionModel; question: QuestionModel; itemKey: string }[];
}

/** Browser side: wraps a definition and its pre-generated standalone validator into a CompiledForm. */
export function formFromPrecompiled(definition: unknown, validate: AnswersValidator, sectionValidators?: ReadonlyMap<string, AnswersValidator>): CompiledForm {
  const model = readFormModel(definition);
  const keyedLists: CompiledForm['keyedLists'] = [];
  for (const section of model.sections) {
    for (const question of section.byKey.values()) {
      const itemKey = question.list?.itemKey;
      if (itemKey) keyedLists.push({ section, question, itemKey });
    }
  }
  return { name: model.name, version: model.version, definition: definition as FormDefinition, model, validate, ...(sectionValidators ? { sectionValidators } : {}), keyedLists };
}
