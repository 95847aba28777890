/**
 * Decides what a new record may be prefilled with. Prefill reads the person's last confirmed records
 * wherever they were made (the risks found at the last prison must reach the next one), so a person id
 * alone must not open them: answers are carried only when every source record is about the same person
 * (name and date of birth, engine/person-match.ts), and, when a source was made where the caller does
 * not work, only if the deployment's custody check agrees. Otherwise the record is created empty and the
 * answer says why. Sources from elsewhere that did carry answers become PrefillCrossing entries.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { prefillAnswers, type PrefillResult } from '../../engine/index.ts';
import { samePerson } from '../../engine/person-match.ts';
import type { FormRecord, Move, Person } from '../../engine/types.ts';
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';
import type { Principal } from '../auth/principal.ts';
import type { PrefillCrossing } from '../store/prefill-crossings.ts';
import { worksAtEitherEnd } from './access.ts';
import { allowAll, type CustodyCheck } from './custody-check.ts';
import { formOf } from './view.ts';

export type WithheldReason = 'personMismatch' | 'custodyCheck' | 'custodyCheckFailed';

const MESSAGES: Record<WithheldReason, string> = {
  personMismatch: 'Not prefilled: the person’s previous records give a different name or date of birth. Check the person’s details; this record starts empty.',
  custodyCheck: 'Not prefilled: the custody check did not confirm that this person is held or booked at your location; this record starts empty.',
  custodyCheckFailed: 'Not prefilled: the custody check could not be made; this record starts empty.',
};

export interface PrefillPlan {
  prefill?: PrefillResult;
  withheld?: { reason: WithheldReason; message: string; sourceRecordIds: string[] };
  /** Sources made where the caller does not work, with the answers each carried. */
  crossings: { source: FormRecord; answers: string[] }[];
}

export interface PrefillRequest {
  forms: FormsRegistry;
  form: FormVersion;
  principal: Principal;
  person: Person;
  move: Move;
  /** The person id's last confirmed records of the forms that prefill this one. */
  previous: FormRecord[];
  custodyCheck?: CustodyCheck;
  /** How long the custody check may take before it counts as a no. */
  timeoutMs: number;
  logger: Logger;
}

function withheld(reason: WithheldReason, sources: FormRecord[], request: PrefillRequest): PrefillPlan {
  request.logger.warn({ securityEvent: 'prefillWithheld', reason, username: request.principal.username, sourceRecordIds: sources.map((s) => s.id) }, 'new record not prefilled');
  return { withheld: { reason, message: MESSAGES[reason], sourceRecordIds: sources.map((s) => s.id) }, crossings: [] };
}

export async function planPrefill(request: PrefillRequest): Promise<PrefillPlan> {
  const { forms, form, principal, person, move, previous, custodyCheck = allowAll, logger } = request;
  const strangers = previous.filter((record) => !samePerson(record.person, person));
  if (strangers.length > 0) return withheld('personMismatch', strangers, request);
  const prefill = prefillAnswers(form.compiled, previous.map((record) => ({ record, form: formOf(forms, record).compiled })));
  const carried = new Map<string, string[]>();
  for (const [pointer, mark] of Object.entries(prefill.marks)) carried.set(mark.sourceRecordId, [...(carried.get(mark.sourceRecordId) ?? []), pointer]);
  const crossings = previous
    .filter((record) => carried.has(record.id) && !worksAtEitherEnd(principal, record.move))
    .map((source) => ({ source, answers: carried.get(source.id)! }));
  if (crossings.length === 0) return { prefill, crossings };
  const sources = crossings.map(({ source }) => ({ recordId: source.id, form: source.form, from: source.move.from, to: source.move.to, confirmedAt: source.confirmed!.at }));
  let timer: NodeJS.Timeout | undefined;
  try {
    const question = { person, move, user: { username: principal.username, roles: principal.roles, locations: principal.locations }, sources };
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${request.timeoutMs} ms`)), request.timeoutMs); });
    const allowed = await Promise.race([Promise.resolve().then(() => custodyCheck(question)), timeout]);
    if (allowed !== true) return withheld('custodyCheck', crossings.map((c) => c.source), request);
  } catch (error) {
    logger.error({ err: error }, 'the custody check failed');
    return withheld('custodyCheckFailed', crossings.map((c) => c.source), request);
  } finally {
    clearTimeout(timer);
  }
  return { prefill, crossings };
}

/** The plan's crossings as store entries for the record just created. */
export function crossingEntries(plan: PrefillPlan, record: FormRecord, user: string): PrefillCrossing[] {
  return plan.crossings.map(({ source, answers }) => ({
    id: randomUUID(),
    at: record.createdAt,
    user,
    recordId: record.id,
    form: record.form,
    personId: record.person.id,
    move: { from: record.move.from, to: record.move.to },
    source: { recordId: source.id, form: source.form, version: source.version, confirmedAt: source.confirmed!.at, from: source.move.from, to: source.move.to },
    answers,
  }));
}
