/**
 * A form's precompiled validator as the browser imports it, without bundling at request time: ajv's
 * standalone code imports a few small runtime helpers by package name, which a browser cannot resolve,
 * so they are bundled once, when dist/ is built (VALIDATOR_RUNTIME_FILE), and each validator module
 * imports them from there.
 */
import { validatorModuleSource } from './node.ts';

/** File name of the runtime helpers bundle, served beside the components bundle. */
export const VALIDATOR_RUNTIME_FILE = 'form-engine-validator-runtime.js';

/** Every module ajv's standalone code may import (re2 only with an option the engine never sets). */
export const VALIDATOR_RUNTIME_MODULES = [
  'ajv/dist/runtime/equal.js', 'ajv/dist/runtime/ucs2length.js', 'ajv/dist/runtime/uri.js',
  'ajv/dist/runtime/validation_error.js', 'ajv/dist/runtime/timestamp.js', 'ajv/dist/runtime/parseJson.js',
  'ajv/dist/runtime/quote.js', 'ajv-formats/dist/formats.js',
] as const;

const exportName = (module: string) => module.replace(/\W/g, '_');

/** Source of the runtime helpers bundle: each helper module's namespace, exported under one name. */
export function validatorRuntimeSource(): string {
  return VALIDATOR_RUNTIME_MODULES.map((module) => `export * as ${exportName(module)} from ${JSON.stringify(module)};\n`).join('');
}

/**
 * The validator module for `definition`, importing its helpers from `runtimeUrl` (relative to the
 * module's own URL) instead of by package name. Throws DefinitionError for a broken definition.
 */
export function browserValidatorModule(definition: unknown, runtimeUrl: string): string {
  const known = new Set<string>(VALIDATOR_RUNTIME_MODULES);
  return validatorModuleSource(definition).replace(/^import \* as (__module\d+) from "([^"]+)";$/gm, (_line, local: string, module: string) => {
    if (!known.has(module)) throw new Error(`the validator needs ${module}, which the validator runtime does not bundle`);
    return `import { ${exportName(module)} as ${local} } from ${JSON.stringify(runtimeUrl)};`;
  });
}
