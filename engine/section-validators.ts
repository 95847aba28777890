/**
 * Node-only: compiles a definition so that each section has its own validator and the whole-answers
 * validator is made of them. Each section is added to ajv as a schema of its own and the root refers to
 * it, with refs not inlined, so ajv generates one function per section that the root calls: one compile
 * (no more code than plain ajv generates) gives both, and a save can check its section alone with the
 * very function a whole-record check would run on it. Follow-up rules never cross sections (the
 * definition check allows an `if` to test only answers of its own section or list item), so a section's
 * validator sees everything its rules need.
 */
import type { Ajv } from './ajv.ts';
import type { AnswersValidator } from './form.ts';
import { asObject } from './model.ts';

const SECTION_ID = 'urn:form-engine:section:';
const ROOT_ID = 'urn:form-engine:answers';
/** Names the validators carry in ajv standalone code (validator-source.ts): the whole answers, and each section under this prefix. */
export const ANSWERS_EXPORT = 'answers';
export const SECTION_EXPORT_PREFIX = 'section:';

export interface SectionedValidators {
  validate: AnswersValidator;
  sectionValidators: ReadonlyMap<string, AnswersValidator>;
  /** Each validator's schema id in `ajv` by its export name, for ajv's standalone code. */
  exports: Record<string, string>;
}

/** `ajv` must have been made with `inlineRefs: false`, or the sections would be inlined and not callable on their own. */
export function compileBySection(ajv: Ajv, definition: object): SectionedValidators {
  const root = definition as Record<string, unknown>;
  const refs: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(asObject(root.properties))) {
    ajv.addSchema(schema as object, SECTION_ID + encodeURIComponent(key));
    refs[key] = { $ref: SECTION_ID + encodeURIComponent(key) };
  }
  // Added under an id rather than compiled anonymously, so standalone code can export it by name.
  ajv.addSchema({ ...root, properties: refs }, ROOT_ID);
  const validate = ajv.getSchema(ROOT_ID) as AnswersValidator;
  const sectionValidators = new Map<string, AnswersValidator>();
  const exports: Record<string, string> = { [ANSWERS_EXPORT]: ROOT_ID };
  for (const key of Object.keys(refs)) {
    const section = ajv.getSchema(SECTION_ID + encodeURIComponent(key));
    if (!section) throw new Error(`the validator of section "${key}" was not compiled`);
    sectionValidators.set(key, section as AnswersValidator);
    exports[SECTION_EXPORT_PREFIX + key] = SECTION_ID + encodeURIComponent(key);
  }
  return { validate, sectionValidators, exports };
}
