/**
 * The text fields of an entry page (handover, event, red flag) drawn by the same question renderers as
 * a form's questions, over a QuestionContext whose answers are the page's typed entry. Their labels,
 * limits and messages come from forms/entries.json (entry-fields.ts), as the server's do.
 */
import type { QuestionView } from '../../engine/types.ts';
import { renderQuestion } from '../questions/index.ts';
import type { QuestionContext } from '../questions/context.ts';
import type { Translate } from '../i18n.ts';
import { asWritten } from '../english-marked.ts';

/** What the entry pages hold for their fields: values typed and errors shown, by field name. */
export interface EntryHost {
  readonly t: Translate;
  entry: Record<string, string | boolean>;
  entryErrors: Record<string, string>;
  idFor(pointer: string, part?: string): string;
  /** Names of the known locations, offered on fields that usually hold one. */
  readonly places?: string[];
}

export interface EntryTextField {
  name: string;
  label: string;
  long?: boolean;
  max: number;
  /** Offer the known locations as the user types. */
  suggest?: boolean;
}

const POINTER = '/entry/';

/** The id of a field's input, for the error summary's links. */
export const entryInputId = (host: EntryHost, name: string) => `${host.idFor(POINTER + name)}-input`;

function entryContext(host: EntryHost): QuestionContext {
  const context: QuestionContext = {
    t: host.t,
    // An entry's fields are the service's words (forms/entries.json), in the page's language.
    write: asWritten,
    idFor: (pointer, part) => host.idFor(pointer, part),
    errorFor: (question) => host.entryErrors[question.key],
    rawParts: () => undefined,
    setRawParts: () => {},
    change: (pointer, value) => { host.entry[pointer.slice(POINTER.length)] = typeof value === 'string' ? value : ''; },
    addItem: () => {},
    removeItem: () => {},
    accept: () => {},
    isAccepted: () => true,
    render: (question) => renderQuestion(context, question),
  };
  return context;
}

function questionOf(host: EntryHost, field: EntryTextField): QuestionView {
  return {
    key: field.name, pointer: POINTER + field.name, kind: field.long ? 'longText' : 'text', label: field.label,
    visible: true, mandatory: true, value: String(host.entry[field.name] ?? ''), maxLength: field.max,
    followUps: [], errors: [], flags: [],
    ...(field.suggest && !field.long ? { suggestions: host.places ?? [] } : {}),
  };
}

export function renderEntryFields(host: EntryHost, fields: EntryTextField[]) {
  const context = entryContext(host);
  return fields.map((field) => renderQuestion(context, questionOf(host, field)));
}
