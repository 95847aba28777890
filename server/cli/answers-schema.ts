/**
 * Turns a form definition into a plain JSON Schema of its answers for json-schema-to-typescript:
 * no x-* keywords, follow-up questions (declared in if/then) as optional properties beside the
 * questions always shown, choices as enums, titles as doc comments.
 */
import { isObject, type SchemaObject as Json } from '../../engine/check/schema-object.ts';

export function answersSchema(definition: Json, typeName: string): Json {
  const sections = isObject(definition.properties) ? definition.properties : {};
  return {
    title: typeName,
    description: `Answers to "${String(definition.title)}" (${formLabel(definition)}), by section then question key.`,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(sections).filter(([, s]) => isObject(s)).map(([key, s]) => [key, group(s as Json)])),
  };
}

function formLabel(definition: Json): string {
  const form = isObject(definition['x-form']) ? definition['x-form'] : {};
  return `${String(form.name)} ${String(form.version)}`;
}

/** A section or list item: its questions, plus every follow-up at any depth as optional. */
function group(schema: Json): Json {
  return {
    ...comment(schema.title, schema.description),
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(questionsOf(schema).map(([key, q]) => [key, question(q)])),
    ...(Array.isArray(schema.required) ? { required: schema.required } : {}),
  };
}

function questionsOf(schema: Json): [string, Json][] {
  const own = isObject(schema.properties) ? Object.entries(schema.properties).filter((e): e is [string, Json] => isObject(e[1])) : [];
  const rules = Array.isArray(schema.allOf) ? schema.allOf.filter(isObject) : [];
  return [...own, ...rules.flatMap((rule) => (isObject(rule.then) ? questionsOf(rule.then) : []))];
}

function question(schema: Json): Json {
  const doc = comment(schema.title, schema.description);
  switch (schema['x-kind']) {
    case 'yesNo':
    case 'singleChoice':
      return { ...doc, type: 'string', enum: choices(schema) };
    case 'multipleChoice':
      return { ...doc, type: 'array', items: { type: 'string', enum: isObject(schema.items) ? choices(schema.items) : [] } };
    case 'number':
      return { ...doc, type: schema.type === 'integer' ? 'integer' : 'number' };
    case 'list':
      return { ...doc, type: 'array', items: isObject(schema.items) ? group(schema.items) : {} };
    default:
      return { ...doc, type: 'string' };
  }
}

function choices(schema: Json): unknown[] {
  if (Array.isArray(schema.enum)) return schema.enum;
  return Array.isArray(schema.oneOf) ? schema.oneOf.filter(isObject).map((c) => c.const) : [];
}

function comment(title: unknown, description: unknown): Json {
  const text = [title, description].filter((t): t is string => typeof t === 'string').join('\n\n');
  return text ? { description: text } : {};
}
