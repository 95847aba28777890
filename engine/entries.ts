/**
 * Shape checks for the entries added after confirmation (handover, events, red flags). Written by
 * hand rather than compiled, because this runs in the browser too and must not generate code.
 */
import { isPlainObject } from './answers.ts';
import type { FieldError } from './outcome.ts';
import type { Acknowledgement } from './types.ts';

export interface HandoverInput {
  dispatchingOfficer: { name: string; identifier: string };
  receivingOfficer: { name: string; identifier: string };
  receivingOrganisation: string;
  at: string;
  acknowledgements?: Acknowledgement[];
}

export interface EventInput {
  type: string;
  at: string;
  where: string;
  what: string;
}

export interface RedFlagInput {
  risk: string;
  identifiedBy: string;
  at: string;
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

/** Collects field errors while reading an input object. */
export class FieldReader {
  readonly errors: FieldError[] = [];

  /** `now` (ISO): when given, a dateTime later than now (beyond CLOCK_SKEW_MS) is refused. */
  constructor(private readonly input: unknown, private readonly prefix = '', private readonly now?: string) {
    if (!isPlainObject(input)) this.errors.push({ field: prefix || 'input', message: 'must be an object' });
  }

  text(field: string, label: string, maxLength: number): string {
    const value = this.value(field);
    if (typeof value !== 'string' || value.trim() === '') {
      this.errors.push({ field: this.name(field), message: `Enter ${label}` });
      return '';
    }
    if (value.length > maxLength) this.errors.push({ field: this.name(field), message: `${capitalise(label)} must be ${maxLength} characters or fewer` });
    return value.trim();
  }

  optionalText(field: string, label: string, maxLength: number): string | undefined {
    const value = this.value(field);
    return value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : this.text(field, label, maxLength);
  }

  dateTime(field: string, label: string): string {
    const value = this.value(field);
    if (!isIsoDateTime(value)) {
      this.errors.push({ field: this.name(field), message: `${capitalise(label)} must be a real date and time, like 2025-03-03T14:20:00Z` });
      return '';
    }
    if (this.now !== undefined && Date.parse(value) > Date.parse(this.now) + CLOCK_SKEW_MS) {
      this.errors.push({ field: this.name(field), message: `${capitalise(label)} must be now or in the past` });
      return '';
    }
    return value;
  }

  officer(field: string, label: string): { name: string; identifier: string } {
    const nested = new FieldReader(this.value(field), this.name(field));
    const officer = { name: nested.text('name', `the ${label}'s name`, 200), identifier: nested.text('identifier', `the ${label}'s identifier`, 100) };
    this.errors.push(...nested.errors);
    return officer;
  }

  list(field: string): unknown[] {
    const value = this.value(field);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.errors.push({ field: this.name(field), message: 'must be a list' });
      return [];
    }
    return value;
  }

  name(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  private value(field: string): unknown {
    return isPlainObject(this.input) && Object.hasOwn(this.input, field) ? this.input[field] : undefined;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `now` (ISO) is the server's time: an entry cannot record something that has not happened yet. */
export function readHandover(input: unknown, now: string): { value: HandoverInput; errors: FieldError[] } {
  const reader = new FieldReader(input, '', now);
  const value: HandoverInput = {
    dispatchingOfficer: reader.officer('dispatchingOfficer', 'dispatching officer'),
    receivingOfficer: reader.officer('receivingOfficer', 'receiving officer'),
    receivingOrganisation: reader.text('receivingOrganisation', 'the receiving organisation', 200),
    at: reader.dateTime('at', 'the time of the handover'),
    acknowledgements: reader.list('acknowledgements').map((raw, i) => {
      const ack = new FieldReader(raw, `acknowledgements.${i}`, now);
      const entry: Acknowledgement = { entryId: ack.text('entryId', 'the red flag acknowledged', 300), name: ack.text('name', 'the name of who acknowledged it', 200), at: ack.dateTime('at', 'the time it was acknowledged') };
      const role = ack.optionalText('role', 'the role of who acknowledged it', 200);
      if (role !== undefined) entry.role = role;
      reader.errors.push(...ack.errors);
      return entry;
    }),
  };
  return { value, errors: reader.errors };
}

export function readEvent(input: unknown, types: { const: string; title: string }[], now: string): { value: EventInput; errors: FieldError[] } {
  const reader = new FieldReader(input, '', now);
  const value: EventInput = {
    type: reader.text('type', 'the type of event', 64),
    at: reader.dateTime('at', 'the time of the event'),
    where: reader.text('where', 'where it happened', 200),
    what: reader.text('what', 'what happened', 2000),
  };
  if (value.type && !types.some((t) => t.const === value.type)) {
    reader.errors.push({ field: 'type', message: `Select the type of event: ${types.map((t) => t.title).join(', ')}` });
  }
  return { value, errors: reader.errors };
}

export function readRedFlag(input: unknown, now: string): { value: RedFlagInput; errors: FieldError[] } {
  const reader = new FieldReader(input, '', now);
  const value: RedFlagInput = {
    risk: reader.text('risk', 'the risk', 500),
    identifiedBy: reader.text('identifiedBy', 'who identified the risk', 200),
    at: reader.dateTime('at', 'when the risk was identified'),
  };
  return { value, errors: reader.errors };
}
