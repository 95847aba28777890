/**
 * The custody check: a deployment's own answer to "is this person held, or booked to be moved, at the
 * caller's location?", asked before a new record is prefilled with answers from records made where the
 * caller does not work. This server cannot know custody (that lives in the prison, police and escort
 * systems), so the default allows, and a deployment plugs in its own: a module named by
 * CUSTODY_CHECK_MODULE whose default export is a CustodyCheck (docs/security.md).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Move, Person } from '../../engine/types.ts';

export interface CustodyQuestion {
  /** The person the new record is for, as the caller typed them. */
  person: Person;
  /** The move of the new record. */
  move: Move;
  /** Who is creating it. */
  user: { username: string; roles: readonly string[]; locations: readonly string[] };
  /** The confirmed records, made where the caller does not work, whose answers would be carried. */
  sources: { recordId: string; form: string; from: string; to: string; confirmedAt: string }[];
}

/** true: carry the answers; false: create the record empty. A throw counts as false (fail closed). */
export type CustodyCheck = (question: CustodyQuestion) => boolean | Promise<boolean>;

export const allowAll: CustodyCheck = () => true;

/** The check exported (default) by the module at `path`, or allowAll when no module is configured. */
export async function loadCustodyCheck(path: string | undefined): Promise<CustodyCheck> {
  if (!path) return allowAll;
  const loaded = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown };
  if (typeof loaded.default !== 'function') throw new Error(`CUSTODY_CHECK_MODULE ${path} must export a function as its default export`);
  return loaded.default as CustodyCheck;
}
