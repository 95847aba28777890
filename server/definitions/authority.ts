/**
 * Who may write, submit, approve and reject form definitions and pilot rules: the one place that
 * decides it (the `author` privilege of forms/roles.json). Four eyes: whoever submitted a draft or
 * proposed a pilot may not approve or reject it.
 */
import type { Response } from 'express';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { principalOf, type Principal } from '../auth/principal.ts';
import { forbidden, holdersOf, words } from '../http/errors.ts';

export const mayAuthorDefinitions = (principal: Principal): boolean => mayDo(principal, 'author');

/** The caller, when they may write definitions; 403 otherwise. */
export function definitionAuthor(res: Response): Principal {
  const principal = principalOf(res);
  if (!mayAuthorDefinitions(principal)) throw forbidden(words('api.author.refused', undefined, { who: holdersOf('author') }));
  return principal;
}

/** 403 unless a second person decides: `what` is a draft or a pilot proposal, `author` who submitted it. */
export function secondPairOfEyes(principal: Principal, author: string, what: 'draft' | 'proposal'): void {
  if (principal.username === author) throw forbidden(words('api.author.ownWork', undefined, undefined, { what: [words(`api.author.${what}`)] }));
}
