/**
 * Node-only entry: everything in engine/index.ts plus what needs ajv's compiler (which generates code,
 * and so must never reach the browser bundle).
 */
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { createAjv } from './ajv.ts';
import { checkDefinition } from './check/index.ts';
import { DefinitionError } from './definition-error.ts';
import { formFromPrecompiled, type AnswersValidator, type CompiledForm } from './form.ts';
import { asObject } from './model.ts';
import { compileBySection, type SectionedValidators } from './section-validators.ts';

export * from './index.ts';
export { formFromValidatorSource } from './validator-source.ts';

// ajv's standalone module is CommonJS; under NodeNext its default import is the module object.
type StandaloneCode = (ajv: ReturnType<typeof createAjv>, validate: AnswersValidator | Record<string, string>) => string;
const standaloneCode = ((standaloneCodeModule as unknown as { default?: StandaloneCode }).default ?? standaloneCodeModule) as StandaloneCode;

const cache = new Map<string, { definition: unknown; text: string; form: CompiledForm }>();

/**
 * Checks and compiles a definition once; later calls with the same form name and version return the
 * cached form. A broken definition throws DefinitionError with the same problems `validate` lists.
 * `checked: true` skips the definition check for a caller that has just made it.
 */
export function compileForm(definition: unknown, options: { checked?: boolean } = {}): CompiledForm {
  const id = formId(definition);
  const cached = id ? cache.get(id) : undefined;
  if (cached && cached.definition === definition) return cached.form;
  // The same name@version with different content (a draft in the preview page) is compiled afresh.
  const text = JSON.stringify(definition);
  if (cached && cached.text === text) return cached.form;
  const { form } = compileDefinition(definition, options);
  if (id) cache.set(id, { definition, text, form });
  return form;
}

export interface CompiledDefinition {
  form: CompiledForm;
  /** With `source: true`: the validators as ajv standalone code, for formFromValidatorSource (validator-source.ts). */
  source?: string;
}

/**
 * The one way a definition becomes a CompiledForm, uncached: checked (unless `checked`), then compiled
 * with a validator per section. Throws DefinitionError for a broken definition.
 */
export function compileDefinition(definition: unknown, options: { checked?: boolean; source?: boolean } = {}): CompiledDefinition {
  // `checked`: the caller has just run checkDefinition on this very object (the server's start, via validate).
  const problems = options.checked ? [] : checkDefinition(definition);
  if (problems.length > 0) throw new DefinitionError(problems);
  const ajv = createAjv({ inlineRefs: false, ...(options.source ? { code: { source: true } } : {}) });
  let compiled: SectionedValidators;
  try {
    compiled = compileBySection(ajv, definition as object);
  } catch (error) {
    throw new DefinitionError([{ pointer: '', message: `the schema cannot be compiled: ${(error as Error).message}` }]);
  }
  const form = formFromPrecompiled(definition, compiled.validate, compiled.sectionValidators);
  return { form, ...(options.source ? { source: standaloneCode(ajv, compiled.exports) } : {}) };
}

/**
 * ES module source exporting the answers validator as its default export, for the browser bundle:
 * `import validate from './generated/per-2.0.0.js'; formFromPrecompiled(definition, validate)`.
 * Its only imports are ajv's small runtime helpers (and ajv-formats' format checks), no compiler.
 */
export function validatorModuleSource(definition: unknown): string {
  const problems = checkDefinition(definition);
  if (problems.length > 0) throw new DefinitionError(problems);
  const ajv = createAjv({ code: { source: true, esm: true } });
  const validate = ajv.compile(definition as object);
  return requiresToImports(standaloneCode(ajv, validate));
}

/**
 * ajv's "esm" output still calls require() for its runtime helpers. Each becomes a namespace import;
 * the interop picks module.exports in Node (whose namespace default is module.exports) and the
 * namespace itself under esbuild (which already maps an __esModule default), so `.default` and named
 * members resolve the same in both.
 */
function requiresToImports(source: string): string {
  const modules: string[] = [];
  const body = source.replace(/require\("([^"]+)"\)/g, (_match, name: string) => {
    let index = modules.indexOf(name);
    if (index < 0) index = modules.push(name) - 1;
    return `__runtime${index}`;
  });
  const imports = modules.map((name, i) =>
    `import * as __module${i} from ${JSON.stringify(name.endsWith('.js') ? name : `${name}.js`)};\n` +
    `const __runtime${i} = __interop(__module${i});\n`).join('');
  const interop = 'function __interop(ns) { const d = ns.default; return d && typeof d === "object" && "__esModule" in d ? d : ns; }\n';
  return imports + interop + body.replace(/^"use strict";/, '');
}

function formId(definition: unknown): string | undefined {
  const settings = asObject(asObject(definition)['x-form']);
  return typeof settings.name === 'string' && typeof settings.version === 'string' ? `${settings.name}@${settings.version}` : undefined;
}
