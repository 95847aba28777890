/**
 * Shape checks for the entries added after confirmation (handover, events, red flags) and the reason
 * for cancelling. Read by hand rather than compiled, because this runs in the browser too and must not
 * generate code; the limits and wording come from forms/entries.json (entry-fields.ts).
 */
import { isPlainObject } from './answers.ts';
import type { FieldError } from './outcome.ts';
import type { Acknowledgement } from './types.ts';
import { capitalise, entryFieldIn, type EntryKind } from './entry-fields.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

export interface HandoverInput {
  dispatchingOfficer: { name: string; identifier: string };
  receivingOfficer: { name: string; identifier: string };
  receivingOrganisation: string;
  at: string;
  acknowledgements?: Acknowledgement[];
  recordedAt?: string;
}

export interface EventInput {
  type: string;
  at: string;
  where: string;
  what: string;
  recordedAt?: string;
}

export interface RedFlagInput {
  risk: string;
  identifiedBy: string;
  at: string;
  recordedAt?: string;
}

/**
 * How far ahead of the server's clock an entry's time may be. Times are typed or taken from the
 * recording device's clock, which can run a little fast; two minutes forgives that drift without
 * letting anyone log a handover, event or red flag that has not happened yet.
 */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return false;
  const parsed = new Date(value);
  // Date rolls 30 February over to March; a real date survives the round trip of its day.
  return !Number.isNaN(parsed.getTime()) && realCalendarDate(value.slice(0, 10));
}

function realCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Collects field errors while reading an input object, with each field's limit and wording from
 * forms/entries.json (entry-fields.ts): `path` is where the object sits in its entry's schema.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];

  /** `now` (ISO): when given, a dateTime later than now (beyond CLOCK_SKEW_MS) is refused. `t`: the language of the messages. */
  constructor(
    private readonly input: unknown, private readonly kind: EntryKind, private readonly path: string[] = [], private readonly prefix = '', private readonly now?: string,
    private readonly t: Translate = ENGLISH,
  ) {
    if (!isPlainObject(input)) this.errors.push({ field: prefix || 'input', message: t('engine.entry.notObject') });
  }

  text(field: string): string {
    const words = entryFieldIn(this.t, this.kind, ...this.path, field);
    const value = this.value(field);
    if (typeof value !== 'string' || value.trim() === '') {
      this.errors.push({ field: this.name(field), message: words.missing });
      return '';
    }
    if (value.length > words.maxLength) this.errors.push({ field: this.name(field), message: words.tooLong });
    return value.trim();
  }

  optionalText(field: string): string | undefined {
    const value = this.value(field);
    return value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : this.text(field);
  }

  dateTime(field: string): string {
    const noun = entryFieldIn(this.t, this.kind, ...this.path, field).noun;
    const say = (key: string) => capitalise(this.t(key, { noun }));
    const value = this.value(field);
    if (!isIsoDateTime(value)) {
      this.errors.push({ field: this.name(field), message: say('engine.entry.dateTime') });
      return '';
    }
    if (this.now !== undefined && Date.parse(value) > Date.parse(this.now) + CLOCK_SKEW_MS) {
      this.errors.push({ field: this.name(field), message: say('engine.entry.future') });
      return '';
    }
    return value;
  }

  /** A dateTime that may be left out (undefined then). */
  optionalDateTime(field: string): string | undefined {
    return this.value(field) === undefined ? undefined : this.dateTime(field);
  }

  officer(field: string): { name: string; identifier: string } {
    const nested = this.child(this.value(field), field, this.name(field));
    const officer = { name: nested.text('name'), identifier: nested.text('identifier') };
    this.errors.push(...nested.errors);
    return officer;
  }

  /** Each item of a list field with a reader of its own; an item's errors join this reader's. */
  list<T>(field: string, read: (item: FieldReader) => T): T[] {
    const value = this.value(field);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.errors.push({ field: this.name(field), message: this.t('engine.entry.notList') });
      return [];
    }
    return value.map((raw, i) => {
      const item = this.child(raw, field, `${this.name(field)}.${i}`);
      const read_ = read(item);
      this.errors.push(...item.errors);
      return read_;
    });
  }

  name(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  private child(input: unknown, field: string, prefix: string): FieldReader {
    return new FieldReader(input, this.kind, [...this.path, field], prefix, this.now, this.t);
  }

  private value(field: string): unknown {
    return isPlainObject(this.input) && Object.hasOwn(this.input, field) ? this.input[field] : undefined;
  }
}

/** `now` (ISO) is the server's time: an entry cannot record something that has not happened yet. */
export function readHandover(input: unknown, now: string, t: Translate = ENGLISH): { value: HandoverInput; errors: FieldError[] } {
  const reader = new FieldReader(input, 'handover', [], '', now, t);
  const value: HandoverInput = {
    dispatchingOfficer: reader.officer('dispatchingOfficer'),
    receivingOfficer: reader.officer('receivingOfficer'),
    receivingOrganisation: reader.text('receivingOrganisation'),
    at: reader.dateTime('at'),
    acknowledgements: reader.list('acknowledgements', (ack) => {
      const entry: Acknowledgement = { entryId: ack.text('entryId'), name: ack.text('name'), at: ack.dateTime('at') };
      const role = ack.optionalText('role');
      if (role !== undefined) entry.role = role;
      return entry;
    }),
  };
  return withRecordedAt(reader, value);
}

export function readEvent(input: unknown, types: { const: string; title: string }[], now: string, t: Translate = ENGLISH): { value: EventInput; errors: FieldError[] } {
  const reader = new FieldReader(input, 'event', [], '', now, t);
  const value: EventInput = { type: reader.text('type'), at: reader.dateTime('at'), where: reader.text('where'), what: reader.text('what') };
  if (value.type && !types.some((type) => type.const === value.type)) {
    reader.errors.push({ field: 'type', message: t('engine.entry.eventType', { types: types.map((type) => type.title).join(', ') }) });
  }
  return withRecordedAt(reader, value);
}

export function readRedFlag(input: unknown, now: string, t: Translate = ENGLISH): { value: RedFlagInput; errors: FieldError[] } {
  const reader = new FieldReader(input, 'redFlag', [], '', now, t);
  const value: RedFlagInput = { risk: reader.text('risk'), identifiedBy: reader.text('identifiedBy'), at: reader.dateTime('at') };
  return withRecordedAt(reader, value);
}

/** When the device recorded the entry, kept only when given (an entry sent at once has none). */
function withRecordedAt<T extends { recordedAt?: string }>(reader: FieldReader, value: T): { value: T; errors: FieldError[] } {
  const recordedAt = reader.optionalDateTime('recordedAt');
  if (recordedAt) value.recordedAt = recordedAt;
  return { value, errors: reader.errors };
}

/** The optional reason for cancelling a record, trimmed; undefined when none is given. */
export function readCancel(input: unknown, t: Translate = ENGLISH): { value: { reason?: string }; errors: FieldError[] } {
  const reader = new FieldReader(isPlainObject(input) ? input : {}, 'cancel', [], '', undefined, t);
  const reason = reader.optionalText('reason');
  return { value: reason === undefined ? {} : { reason }, errors: reader.errors };
}
