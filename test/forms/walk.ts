// Walks a definition's JSON (not the engine's model), so the form tests check the definitions and the
// engine against each other rather than the engine against itself.

type Json = Record<string, any>;
export type Path = (string | number)[];

/** A condition on the answer to `key` (a question of the section, or of the list item when `list` is set). */
export interface Gate {
  list?: string;
  key: string;
  condition: Json;
}

export interface QuestionAt {
  section: string;
  /** Set for a field of a list item: the list question's key. */
  list?: string;
  key: string;
  schema: Json;
  /** The conditions, outermost first, that must hold for the question to show. */
  gates: Gate[];
}

export function allQuestions(definition: Json): QuestionAt[] {
  const out: QuestionAt[] = [];
  for (const [section, schema] of Object.entries<Json>(definition.properties)) walkGroup(schema, section, undefined, [], out);
  return out;
}

function walkGroup(group: Json, section: string, list: string | undefined, gates: Gate[], out: QuestionAt[]): void {
  for (const [key, schema] of Object.entries<Json>(group.properties ?? {})) {
    out.push({ section, list, key, schema, gates });
    if (schema['x-kind'] === 'list') walkGroup(schema.items, section, key, gates, out);
  }
  for (const rule of group.allOf ?? []) {
    const [key, condition] = onlyCondition(rule.if);
    walkGroup(rule.then, section, list, [...gates, { list, key, condition }], out);
  }
}

function onlyCondition(ifSchema: Json): [string, Json] {
  const entries = Object.entries<Json>(ifSchema.properties);
  if (entries.length !== 1) throw new Error(`expected one question in ${JSON.stringify(ifSchema)}`);
  return entries[0]!;
}

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether an answer meets a follow-up condition: const, enum or a ticked box (contains). */
export function holds(condition: Json, value: unknown): boolean {
  if (isEmpty(value)) return false;
  if ('const' in condition) return value === condition.const;
  if ('enum' in condition) return condition.enum.includes(value);
  if ('contains' in condition) return Array.isArray(value) && value.includes(condition.contains.const);
  throw new Error(`unsupported condition ${JSON.stringify(condition)}`);
}

/** A value that meets the condition, keeping the boxes already ticked. */
export function satisfying(condition: Json, current: unknown): unknown {
  if ('const' in condition) return condition.const;
  if ('enum' in condition) return condition.enum[0];
  const ticked = Array.isArray(current) ? current : [];
  return ticked.includes(condition.contains.const) ? ticked : [...ticked, condition.contains.const];
}

/** Paths of the mandatory questions showing for these answers: [section, key] or [section, list, index, field]. */
export function visibleMandatory(definition: Json, answers: Json): Path[] {
  const out: Path[] = [];
  for (const [section, schema] of Object.entries<Json>(definition.properties)) mandatoryIn(schema, answers[section] ?? {}, [section], out);
  return out;
}

function mandatoryIn(group: Json, values: Json, path: Path, out: Path[]): void {
  for (const key of group.required ?? []) out.push([...path, key]);
  for (const [key, schema] of Object.entries<Json>(group.properties ?? {})) {
    if (schema['x-kind'] !== 'list' || !Array.isArray(values[key])) continue;
    values[key].forEach((item: Json, index: number) => mandatoryIn(schema.items, item, [...path, key, index], out));
  }
  for (const rule of group.allOf ?? []) {
    const [key, condition] = onlyCondition(rule.if);
    if (holds(condition, values[key])) mandatoryIn(rule.then, values, path, out);
  }
}

export function pointer(path: Path): string {
  return '/' + path.join('/');
}

export function removeAt(root: Json, path: Path): void {
  let parent: any = root;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  delete parent[path[path.length - 1]!];
}

/** The values a question can take: yes/no, the choices of a single or multiple choice question. */
export function choicesOf(schema: Json): unknown[] {
  if (schema.enum) return schema.enum;
  if (schema.oneOf) return schema.oneOf.map((c: Json) => c.const);
  if (schema.items?.oneOf) return schema.items.oneOf.map((c: Json) => c.const);
  return [];
}

/**
 * Answers, starting from `base`, in which the question shows with `value`: each gate on the way is given
 * a value that meets it, and a list field is answered in the list's first item.
 */
export function answersShowing(base: Json, question: QuestionAt, value: unknown): { answers: Json; path: Path } {
  const answers = structuredClone(base);
  const section = (answers[question.section] ??= {});
  const item = () => {
    const items = (section[question.list!] ??= []);
    return (items[0] ??= {});
  };
  for (const gate of question.gates) {
    const target = gate.list ? item() : section;
    target[gate.key] = satisfying(gate.condition, target[gate.key]);
  }
  const kind = question.schema['x-kind'];
  const answer = kind === 'multipleChoice' ? [value] : value;
  if (question.list) {
    item()[question.key] = answer;
    return { answers, path: [question.section, question.list, 0, question.key] };
  }
  section[question.key] = answer;
  return { answers, path: [question.section, question.key] };
}
