/**
 * One example answer for a question of each kind, within the limits its schema sets: lengths, a
 * pattern, number bounds and multiples, fixed and relative date limits. Choice answers are picked by
 * the caller (index.ts), which knows which follow-ups each choice opens.
 */
import type { QuestionModel } from '../model.ts';
import { sampleMatching } from './pattern.ts';

export interface ExampleOptions {
  /** The day relative date limits (x-date) are met for, "2026-12-01"; the current day in UK time unless given. */
  today?: string;
}

export function textAnswer(question: QuestionModel, seed: number): string {
  const { schema } = question;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 1;
  if (typeof schema.pattern === 'string') {
    const sampled = sampleMatching(schema.pattern, seed);
    if (sampled !== undefined && sampled.length <= max) return sampled;
  }
  const base = `Example ${question.kind === 'longText' ? 'details' : 'answer'}${seed > 0 ? ` ${seed + 1}` : ''}`;
  return base.padEnd(min, '.').slice(0, Math.max(max, 1));
}

export function numberAnswer(question: QuestionModel, seed: number): number {
  const { schema } = question;
  const integer = schema.type === 'integer';
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const step = num('multipleOf') ?? 1;
  const exclusiveMin = num('exclusiveMinimum');
  const low = num('minimum') ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : step / 2) : undefined);
  const exclusiveMax = num('exclusiveMaximum');
  const high = num('maximum') ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : step / 2) : undefined);
  let value = (low ?? Math.min(high ?? 1, 1)) + seed * step;
  value = Math.ceil(value / step - 1e-9) * step;
  if (exclusiveMin !== undefined && value <= exclusiveMin) value += step;
  if (high !== undefined && value > high) value = Math.floor(high / step + 1e-9) * step;
  return integer ? Math.round(value) : Number(value.toFixed(6));
}

export function dateAnswer(question: QuestionModel, options: ExampleOptions): string {
  const today = options.today ?? ukToday();
  const limits = question.dateLimits ?? {};
  const day = limits.notAfter ? shiftYears(today, -1) : limits.notBefore ? shiftYears(today, 1) : today;
  const { formatMinimum: min, formatMaximum: max } = question.schema;
  const dateTime = question.kind === 'dateTime';
  let value = dateTime ? `${day}T09:00:00Z` : day;
  if (typeof min === 'string' && value < min) value = min;
  if (typeof max === 'string' && value > max) value = max;
  return value;
}

function ukToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  // 29 February becomes 28 February in a year that has none.
  const date = new Date(Date.UTC(y + years, m - 1, m === 2 && d === 29 ? 28 : d));
  return date.toISOString().slice(0, 10);
}
