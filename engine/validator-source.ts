/**
 * A compiled form from its validators' ajv standalone code (compileDefinition with `source: true`), so
 * a server can keep that code and start without compiling. The code is CommonJS calling `require` for
 * ajv's small runtime helpers; the caller passes a `require` that resolves them, so the engine itself
 * resolves and reads nothing. Node-only in practice: it evaluates code, as ajv's compiler does.
 */
import { formFromPrecompiled, type AnswersValidator, type CompiledForm } from './form.ts';
import { asObject } from './model.ts';
import { ANSWERS_EXPORT, SECTION_EXPORT_PREFIX } from './section-validators.ts';

/**
 * Throws when the code does not define a validator for the answers and for every section of
 * `definition`: code made for another definition is refused rather than half used.
 */
export function formFromValidatorSource(definition: unknown, source: string, require: (module: string) => unknown): CompiledForm {
  const module = { exports: {} as Record<string, unknown> };
  // The code is ajv's own output, which ajv would otherwise evaluate the same way when compiling.
  new Function('require', 'module', 'exports', source)(require, module, module.exports);
  const validatorOf = (name: string): AnswersValidator => {
    const found = module.exports[name];
    if (typeof found !== 'function') throw new Error(`the validator code has no "${name}" validator`);
    return found as AnswersValidator;
  };
  const validate = validatorOf(ANSWERS_EXPORT);
  const sections = Object.keys(asObject(asObject(definition).properties));
  const sectionValidators = new Map(sections.map((key) => [key, validatorOf(SECTION_EXPORT_PREFIX + key)]));
  return formFromPrecompiled(definition, validate, sectionValidators);
}
