/**
 * The one gate of every report and qualitative-check request: only roles with the "reports"
 * privilege (forms/roles.json) get an answer, and every request, answered or refused, is written to the
 * activity log (who, what, the query, the status) before the answer leaves.
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf, type Principal } from '../auth/principal.ts';
import { forbidden, holdersOf, HttpError, words } from '../http/errors.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';

export type ReportHandler = (principal: Principal, req: Request, res: Response) => Promise<void>;

export function auditedReports({ store }: Pick<AppContext, 'store'>) {
  return (action: string, answer: ReportHandler) => async (req: Request, res: Response) => {
    const principal = principalOf(res);
    let status = 200;
    try {
      if (!mayDo(principal, 'reports')) throw forbidden(words('api.reports.refused', undefined, { who: holdersOf('reports') }));
      await answer(principal, req, res);
      status = res.statusCode;
    } catch (error) {
      status = error instanceof HttpError ? error.status : 500;
      throw error;
    } finally {
      const params = Object.entries(req.params ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await store.appendActivity({
        id: randomUUID(), at: new Date().toISOString(), user: principal.username, action,
        details: { query: Object.entries(req.query).map(([name, value]) => ({ name, value: String(value) })), ...(params.length ? { params } : {}), accept: req.get('accept') ?? '', status },
      });
    }
  };
}
