/**
 * A plain JSON Schema (draft 2020-12, no x-* keywords) that a stored record's answers pass exactly when
 * the engine would let the record be confirmed: every section that must be complete is there (root
 * `required`), every mandatory question showing is answered (the definition's own `required` and
 * `if`/`then`), no answer is blank (stored answers never are: the engine drops blank ones on save, so
 * `minLength`/`pattern` and `minItems` make a blank answer count as none), and a choice ticked on its own
 * (x-exclusive) is alone, as each answer keyword's module says. What JSON Schema cannot say is left to the engine and listed in
 * docs/definitions.md: relative dates (x-date), different item keys in a list (x-list.itemKey), and
 * formats (date, date-time) for validators that treat "format" as an annotation.
 */
import { isObject, type SchemaObject as Json } from '../check/schema-object.ts';
import { ANSWER_KEYWORDS } from '../vocabulary/answer-keywords.ts';

const NON_BLANK = '\\S';

export function confirmationSchema(definition: Json): Json {
  const form = isObject(definition['x-form']) ? definition['x-form'] : {};
  const sections = isObject(definition.properties) ? definition.properties : {};
  const mustBeComplete = Object.entries(sections)
    .filter(([, s]) => isObject(s) && isObject(s['x-section']) && s['x-section'].requiredForConfirmation === true)
    .map(([key]) => key);
  const plain = strip(definition) as Json;
  return {
    ...plain,
    $id: `${String(form.name)}-${String(form.version)}.confirmation.schema.json`,
    description: `The answers of a "${String(definition.title)}" record (${String(form.name)} ${String(form.version)}) that can be confirmed.`,
    required: mustBeComplete,
  };
}

/** Drops x-* keywords and tightens each question so that an empty answer fails where the engine counts it as none. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    out[key] = key === 'properties' && isObject(value)
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strip(schema)]))
      : key === 'enum' || key === 'const' || key === 'required' ? value : strip(value);
  }
  return ANSWER_KEYWORDS.reduce((schema, k) => ({ ...schema, ...k.confirmation?.(node) }), tighten(node, out));
}

function tighten(original: Json, out: Json): Json {
  const kind = original['x-kind'];
  if (kind === 'text' || kind === 'longText') {
    const pattern = typeof out.pattern === 'string' ? out.pattern : undefined;
    // A question's own pattern stays; a second one (non-blank) goes beside it in allOf.
    return pattern ? { ...out, minLength: Math.max(Number(out.minLength ?? 1), 1), allOf: [...((out.allOf as Json[]) ?? []), { pattern: NON_BLANK }] }
      : { ...out, minLength: Math.max(Number(out.minLength ?? 1), 1), pattern: NON_BLANK };
  }
  if (kind === 'list' || kind === 'multipleChoice') {
    return { ...out, minItems: Math.max(Number(out.minItems ?? 1), 1) };
  }
  return out;
}
