/**
 * Node-only, for the bundle build: the checker's validators as ajv standalone code, so the browser
 * checker (browser.ts) validates without generating code. Generated afresh at each build, never stored.
 */
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import type { Ajv } from 'ajv';
import { DRAFT_2020_12 } from './rules/root.ts';
import { definitionAjv, knownKeywords, vocabularyAjv } from './node-validators.ts';
import { VOCABULARY_META_SCHEMAS } from './vocabulary-meta-schemas.ts';

// ajv's standalone module is CommonJS; under NodeNext its default import is the module object.
type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
const standaloneCode = ((standaloneCodeModule as unknown as { default?: StandaloneCode }).default ?? standaloneCodeModule) as StandaloneCode;

/** Name of the module browser.ts imports; the bundle build (web-components/build.ts) supplies its source. */
export const CHECK_VALIDATORS_MODULE = 'form-engine:check-validators';

/**
 * Source of the module `form-engine:check-validators` (its types: check-validators-module.d.ts): the
 * meta-schema validator and the vocabulary validators compiled with the same options as in Node,
 * and the known keywords. Each ajv's code is CommonJS (it requires ajv's small runtime helpers, which
 * the bundler inlines) and runs in its own function, so the two sets of generated names cannot clash.
 */
export function checkValidatorsModuleSource(): string {
  const definitions = definitionAjv(() => {}, { code: { source: true } });
  const vocabulary = vocabularyAjv({ code: { source: true } });
  for (const [keyword, metaSchema] of VOCABULARY_META_SCHEMAS) vocabulary.addSchema(metaSchema, keyword);
  const keywords = [...VOCABULARY_META_SCHEMAS.keys()];
  return [
    'function __standalone(run) { const module = { exports: {} }; run(module, module.exports); return module.exports; }',
    `const __definitions = __standalone(function (module, exports) {\n${standaloneCode(definitions, { metaSchema: DRAFT_2020_12 })}\n});`,
    `const __vocabulary = __standalone(function (module, exports) {\n${standaloneCode(vocabulary, Object.fromEntries(keywords.map((k) => [k, k])))}\n});`,
    'export const metaSchema = __definitions.metaSchema;',
    `export const vocabulary = { ${keywords.map((k) => `${JSON.stringify(k)}: __vocabulary[${JSON.stringify(k)}]`).join(', ')} };`,
    `export const knownKeywords = ${JSON.stringify(knownKeywords())};`,
    '',
  ].join('\n');
}
