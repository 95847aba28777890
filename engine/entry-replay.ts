/**
 * Entries sent by a device that may have been offline: each carries the id the device gave it, so a
 * resend after a lost answer finds the entry already stored and stores nothing again, and the time
 * the device recorded it, which must fall after the record was confirmed (the device could not have
 * recorded an entry on a record it had not yet seen confirmed) and not in the future.
 */
import { readEvent, readHandover, readRedFlag } from './entries.ts';
import type { CompiledForm } from './form.ts';
import type { FieldError, Refusal } from './outcome.ts';
import type { EventEntry, FormRecord, Handover, RedFlagEntry } from './types.ts';
import { CLOCK_SKEW_MS } from './entries.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

export type StoredEntryKind = 'handover' | 'event' | 'redFlag';

type StoredEntry = Handover | EventEntry | RedFlagEntry;

/** The stored entry with this id, of any kind, with its kind. */
export function entryById(record: FormRecord, id: string): { kind: StoredEntryKind; entry: StoredEntry } | undefined {
  const lists: [StoredEntryKind, StoredEntry[]][] = [['handover', record.handovers], ['event', record.events], ['redFlag', record.redFlags]];
  for (const [kind, list] of lists) {
    const entry = list.find((e) => e.id === id);
    if (entry) return { kind, entry };
  }
  return undefined;
}

/**
 * What to do with an entry whose id may be stored already: 'new' (store it), 'replay' (the same
 * entry from the same user: answer as the first time, storing nothing), or a refusal when the id is
 * taken by another entry (another kind, another user or other content), which would otherwise hide
 * a real entry behind a replay.
 */
export function replayOf(
  form: CompiledForm, record: FormRecord, kind: StoredEntryKind, id: string, input: Record<string, unknown>, user: string, now: string, t: Translate = ENGLISH,
): 'new' | 'replay' | Refusal {
  const prior = entryById(record, id);
  if (!prior) return 'new';
  const taken: Refusal = {
    kind: 'conflict', reason: 'idInUse',
    message: t('engine.entry.idInUse', { id }),
    fields: [{ field: 'id', message: t('engine.entry.idInUse.field', { id }) }],
  };
  if (prior.kind !== kind || prior.entry.recordedBy !== user) return taken;
  const value = readAgain(form, kind, input, now) as unknown as Record<string, unknown>;
  const stored = prior.entry as unknown as Record<string, unknown>;
  // Only what the sender gave: a time left out was the server's clock the first time.
  const same = Object.keys(value).filter((key) => Object.hasOwn(input, key)).every((key) => JSON.stringify(value[key]) === JSON.stringify(stored[key]));
  return same ? 'replay' : taken;
}

function readAgain(form: CompiledForm, kind: StoredEntryKind, input: unknown, now: string) {
  if (kind === 'handover') return readHandover(input, now).value;
  if (kind === 'event') return readEvent(input, form.model.settings.eventTypes ?? [], now).value;
  return readRedFlag(input, now).value;
}

/** The device's time of recording cannot come before the record was confirmed (allowing for clock drift). */
export function recordedAtErrors(record: FormRecord, recordedAt: string | undefined, t: Translate = ENGLISH): FieldError[] {
  const confirmedAt = record.confirmed?.at;
  if (!recordedAt || !confirmedAt || Date.parse(recordedAt) >= Date.parse(confirmedAt) - CLOCK_SKEW_MS) return [];
  return [{ field: 'recordedAt', message: t('engine.entry.recordedAt', { confirmedAt }) }];
}
