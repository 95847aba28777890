/**
 * The structured editor's changes to a definition, as pure functions: each takes a definition and
 * returns a changed copy, so the editor can keep every earlier one for undo. Questions are named by
 * the JSON pointer of their schema ("/properties/risk/properties/violent", or inside a follow-up rule
 * "/properties/risk/allOf/0/then/properties/violentDetails"); the group holding a question (a section
 * or a rule's `then`) is the pointer without its last two tokens, and its `required` says whether the
 * question is mandatory.
 */
import { childPointer, parsePointer as pointerTokens } from '../../engine/pointer.ts';
import type { QuestionKind } from '../../engine/vocabulary/index.ts';
import type { FlagRule } from '../../engine/vocabulary/index.ts';
import { newQuestion } from './kinds.ts';
import type { Translate } from '../i18n.ts';

type Json = Record<string, any>;

export interface SectionRef { key: string; pointer: string; title: string; editRoles: string[] }

export interface QuestionRef {
  key: string;
  pointer: string;
  kind: QuestionKind;
  title: string;
  mandatory: boolean;
  /** Set for a follow-up: the question whose answer shows it, and the answers that do. */
  followUpOf?: { key: string; values: unknown[] };
  depth: number;
}

export interface Choice { const: string; title: string }

export function valueAt(definition: unknown, pointer: string): any {
  let value: any = definition;
  for (const token of pointerTokens(pointer)) value = value?.[token];
  return value;
}

const groupOf = (pointer: string) => pointer.split('/').slice(0, -2).join('/');
const keyOf = (pointer: string) => pointerTokens(pointer).at(-1)!;

function edit(definition: Json, change: (copy: Json) => void): Json {
  const copy = structuredClone(definition);
  change(copy);
  return copy;
}

export function sectionsOf(definition: Json): SectionRef[] {
  return Object.entries<Json>(definition.properties ?? {})
    .filter(([, s]) => s && typeof s === 'object')
    .map(([key, s]) => ({ key, pointer: childPointer('/properties', key), title: String(s.title ?? key), editRoles: s['x-section']?.editRoles ?? [] }));
}

/** The values a condition on one question tests: const, enum, or a ticked box (contains). */
function conditionValues(test: Json | undefined): unknown[] {
  if (!test) return [];
  if ('const' in test) return [test.const];
  if (Array.isArray(test.enum)) return test.enum;
  if (test.contains) return 'const' in test.contains ? [test.contains.const] : test.contains.enum ?? [];
  return [];
}

/** Every question of a section, follow-ups right after the question that shows them, in order. */
export function questionsOf(definition: Json, sectionPointer: string): QuestionRef[] {
  const out: QuestionRef[] = [];
  const walk = (group: string, depth: number, followUpOf?: QuestionRef['followUpOf']) => {
    const schema = valueAt(definition, group) as Json | undefined;
    if (!schema) return;
    const required: string[] = schema.required ?? [];
    for (const [key, q] of Object.entries<Json>(schema.properties ?? {})) {
      const pointer = childPointer(childPointer(group, 'properties'), key);
      out.push({ key, pointer, kind: q['x-kind'], title: String(q.title ?? key), mandatory: required.includes(key), depth, ...(followUpOf ? { followUpOf } : {}) });
      (schema.allOf ?? []).forEach((rule: Json, i: number) => {
        const tested = Object.keys(rule?.if?.properties ?? {});
        if (tested.length === 1 && tested[0] === key) walk(childPointer(childPointer(childPointer(group, 'allOf'), i), 'then'), depth + 1, { key, values: conditionValues(rule.if.properties[key]) });
      });
    }
  };
  walk(sectionPointer, 0);
  return out;
}

function allQuestionKeys(definition: Json): Set<string> {
  const keys = new Set<string>();
  for (const section of sectionsOf(definition)) for (const q of questionsOf(definition, section.pointer)) keys.add(q.key);
  return keys;
}

/** A key from a title ("Are they violent?" -> "areTheyViolent"), made unique among `taken`. */
export function keyFrom(title: string, taken: Set<string>, fallback = 'question'): string {
  const words = title.normalize('NFKD').replace(/[^A-Za-z0-9 ]/g, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  let base = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
  if (!/^[a-z]/.test(base)) base = fallback + base;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
  return key;
}

export function addSection(definition: Json, title: string, editRoles: string[]): { definition: Json; key: string } {
  const key = keyFrom(title, new Set([...Object.keys(definition.properties ?? {}), ...allQuestionKeys(definition)]), 'section');
  const next = edit(definition, (d) => {
    d.properties = { ...d.properties, [key]: { type: 'object', title, 'x-section': { editRoles, requiredForConfirmation: true }, properties: {}, unevaluatedProperties: false } };
  });
  return { definition: next, key };
}

export const renameSection = (definition: Json, key: string, title: string) => edit(definition, (d) => { d.properties[key].title = title; });

export const setSectionRoles = (definition: Json, key: string, roles: string[]) => edit(definition, (d) => { d.properties[key]['x-section'] = { ...d.properties[key]['x-section'], editRoles: roles }; });

/** Moves an entry of the object at `pointer` by `delta` places: sections and questions show in key order. */
function moveKey(definition: Json, pointer: string, key: string, delta: number): Json {
  return edit(definition, (d) => {
    const holder = valueAt(d, pointer) as Json;
    const keys = Object.keys(holder);
    const from = keys.indexOf(key);
    const to = Math.max(0, Math.min(keys.length - 1, from + delta));
    keys.splice(to, 0, ...keys.splice(from, 1));
    const entries = keys.map((k) => [k, holder[k]] as const);
    for (const k of keys) delete holder[k];
    for (const [k, v] of entries) holder[k] = v;
  });
}

export const moveSection = (definition: Json, key: string, delta: number) => moveKey(definition, '/properties', key, delta);
export const moveQuestion = (definition: Json, pointer: string, delta: number) => moveKey(definition, childPointer(groupOf(pointer), 'properties'), keyOf(pointer), delta);

/** Adds a question to a group (a section, or a follow-up rule's `then`); returns its pointer. */
export function addQuestion(definition: Json, groupPointer: string, kind: QuestionKind, title: string, t: Translate): { definition: Json; pointer: string } {
  const key = keyFrom(title, allQuestionKeys(definition));
  const next = edit(definition, (d) => {
    const group = valueAt(d, groupPointer) as Json;
    group.properties = { ...group.properties, [key]: newQuestion(kind, title, t) };
  });
  return { definition: next, pointer: childPointer(childPointer(groupPointer, 'properties'), key) };
}

export function removeQuestion(definition: Json, pointer: string): Json {
  return edit(definition, (d) => {
    const group = valueAt(d, groupOf(pointer)) as Json;
    const key = keyOf(pointer);
    delete group.properties[key];
    if (Array.isArray(group.required)) group.required = group.required.filter((k: string) => k !== key);
    if (group.required?.length === 0) delete group.required;
    // Follow-up rules on the removed question go with it.
    if (Array.isArray(group.allOf)) group.allOf = group.allOf.filter((rule: Json) => !Object.hasOwn(rule?.if?.properties ?? {}, key));
    if (group.allOf?.length === 0) delete group.allOf;
  });
}

/** Sets (or, when empty, removes) a text field of a question: title, description (its hint). */
export function setQuestionText(definition: Json, pointer: string, field: 'title' | 'description', text: string): Json {
  return edit(definition, (d) => {
    const q = valueAt(d, pointer) as Json;
    if (text === '' && field === 'description') delete q.description; else q[field] = text;
  });
}

export function setErrorMessage(definition: Json, pointer: string, rule: string, message: string): Json {
  return edit(definition, (d) => {
    const q = valueAt(d, pointer) as Json;
    const errors = { ...q['x-errors'] };
    if (message === '') delete errors[rule]; else errors[rule] = message;
    if (Object.keys(errors).length) q['x-errors'] = errors; else delete q['x-errors'];
  });
}

export function setMandatory(definition: Json, pointer: string, mandatory: boolean): Json {
  return edit(definition, (d) => {
    const group = valueAt(d, groupOf(pointer)) as Json;
    const key = keyOf(pointer);
    const required = new Set<string>(group.required ?? []);
    if (mandatory) required.add(key); else required.delete(key);
    if (required.size) group.required = [...required]; else delete group.required;
  });
}

export function setPrefill(definition: Json, pointer: string, prefill: boolean): Json {
  return edit(definition, (d) => {
    const q = valueAt(d, pointer) as Json;
    if (prefill) q['x-prefill'] = true; else delete q['x-prefill'];
  });
}

export function optionsOf(question: Json): Choice[] {
  if (question['x-kind'] === 'yesNo') return [{ const: 'yes', title: 'Yes' }, { const: 'no', title: 'No' }];
  return (question['x-kind'] === 'multipleChoice' ? question.items?.oneOf : question.oneOf) ?? [];
}

/** Replaces the choices of a single or multiple choice question, keeping anything else a choice had. */
export function setOptions(definition: Json, pointer: string, options: Choice[]): Json {
  return edit(definition, (d) => {
    const q = valueAt(d, pointer) as Json;
    const holder = q['x-kind'] === 'multipleChoice' ? q.items : q;
    const before = new Map<string, Json>((holder.oneOf ?? []).map((c: Json) => [c.const, c]));
    holder.oneOf = options.map((o) => ({ ...before.get(o.const), const: o.const, title: o.title }));
  });
}

export function setFlags(definition: Json, pointer: string, flags: FlagRule[]): Json {
  return edit(definition, (d) => {
    const q = valueAt(d, pointer) as Json;
    if (flags.length) q['x-flags'] = flags; else delete q['x-flags'];
  });
}

/**
 * Adds a follow-up shown when the question at `pointer` has `value` (ticks it, for multiple choice),
 * in the rule for that answer if there is one; returns the follow-up's pointer.
 */
export function addFollowUp(definition: Json, pointer: string, value: string, kind: QuestionKind, title: string, t: Translate): { definition: Json; pointer: string } {
  const groupPointer = groupOf(pointer);
  const key = keyOf(pointer);
  const parent = valueAt(definition, pointer) as Json;
  const test = parent['x-kind'] === 'multipleChoice' ? { type: 'array', contains: { const: value } } : { const: value };
  const group = valueAt(definition, groupPointer) as Json;
  const rules: Json[] = group.allOf ?? [];
  let index = rules.findIndex((r) => Object.keys(r?.if?.properties ?? {}).length === 1 && JSON.stringify(r.if.properties[key]) === JSON.stringify(test));
  let next = definition;
  if (index < 0) {
    index = rules.length;
    next = edit(definition, (d) => {
      const g = valueAt(d, groupPointer) as Json;
      g.allOf = [...(g.allOf ?? []), { if: { properties: { [key]: test }, required: [key] }, then: { properties: {} } }];
    });
  }
  return addQuestion(next, childPointer(childPointer(childPointer(groupPointer, 'allOf'), index), 'then'), kind, title, t);
}
