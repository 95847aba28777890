/**
 * Working on records (moves, finding a person's records, reading, filling, confirming, handing over,
 * printing one) is the "records" privilege of forms/roles.json, whatever locations an account holds:
 * a forum or policy account given locations still reads no record. Which records is then where the
 * caller works (records/access.ts); what they may do with one is the definition's decision.
 */
import type { RequestHandler } from 'express';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { principalOf, type Principal } from '../auth/principal.ts';
import { forbidden, holdersOf, words } from '../http/errors.ts';

/** The API and page paths (and everything under them) that are about records. */
export const RECORD_PATHS = ['/records', '/moves'];

export const mayWorkOnRecords = (principal: Principal): boolean => mayDo(principal, 'records');

export const RECORDS_REFUSAL = words('api.records.refused', undefined, { who: holdersOf('records') });

/** Refuses (403) a signed-in caller without the privilege; for the API, after authentication. */
export const requireRecordsPrivilege: RequestHandler = (_req, res, next) => {
  if (!mayWorkOnRecords(principalOf(res))) throw forbidden(RECORDS_REFUSAL);
  next();
};
