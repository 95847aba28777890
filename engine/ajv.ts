import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Options } from 'ajv';
import { formVocabulary } from './vocabulary/index.ts';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object, not the plugin.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
export type Ajv = Ajv2020;

/**
 * One way to make an ajv instance for form definitions: draft 2020-12, strict (a misspelt keyword is an
 * error), every error reported, standard formats, and the form vocabulary registered.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv2020({ strict: true, allErrors: true, ...options });
  addFormats(ajv);
  ajv.addVocabulary(formVocabulary);
  return ajv;
}
