/** What the structured view's parts may do: read the definition, change it (one undo step), select; `t` gives their words. */
import type { Translate } from '../i18n.ts';

export type Json = Record<string, any>;

export interface StructuredContext {
  definition: Json;
  /** Roles a section may be edited by (the engine's role list). */
  roles: readonly string[];
  selectedSection: string;
  selectedQuestion: string;
  /** The words of the editor's language (editor.json). */
  t: Translate;
  apply(next: Json, select?: { section?: string; question?: string }): void;
  select(select: { section?: string; question?: string }): void;
}

/** The value of a form control from an event. */
export const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
export const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

/** A safe element id from a JSON pointer. */
export const idFor = (prefix: string, pointer: string) => `${prefix}${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;
