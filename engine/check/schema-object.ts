export type SchemaObject = Record<string, unknown>;

export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Keywords whose value is one schema, a list of schemas, or a map of schemas (draft 2020-12). */
export const SINGLE = ['not', 'if', 'then', 'else', 'contains', 'items', 'additionalProperties', 'unevaluatedProperties',
  'unevaluatedItems', 'propertyNames', 'contentSchema'];
export const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
export const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

export interface ChildSchema {
  /** The keyword that holds it, for example "properties". */
  keyword: string;
  /** Property name or array index inside the keyword, absent for single-schema keywords. */
  name?: string | number;
  schema: unknown;
}

/** Every direct subschema of a schema, whatever its role. */
export function childSchemas(schema: SchemaObject): ChildSchema[] {
  const children: ChildSchema[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (SINGLE.includes(keyword)) children.push({ keyword, schema: value });
    else if (LIST.includes(keyword) && Array.isArray(value)) value.forEach((s, i) => children.push({ keyword, name: i, schema: s }));
    else if (MAP.includes(keyword) && isObject(value)) for (const [name, s] of Object.entries(value)) children.push({ keyword, name, schema: s });
  }
  return children;
}

/** A deep copy of a schema without the keywords `drop` names, in schema positions only (a question called "x-a" stays). */
export function withoutKeywords(schema: unknown, drop: (keyword: string) => boolean): unknown {
  if (!isObject(schema)) return schema;
  const copy: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (drop(keyword)) continue;
    if (SINGLE.includes(keyword)) copy[keyword] = withoutKeywords(value, drop);
    else if (LIST.includes(keyword) && Array.isArray(value)) copy[keyword] = value.map((s) => withoutKeywords(s, drop));
    else if (MAP.includes(keyword) && isObject(value)) {
      copy[keyword] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, withoutKeywords(s, drop)]));
    } else copy[keyword] = structuredClone(value);
  }
  return copy;
}
