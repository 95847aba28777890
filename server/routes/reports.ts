/**
 * Reports for regional forums: the quality report (JSON, or CSV with Accept: text/csv), the pilots
 * (rollout rules with their record counts), and the activity log of who asked for which report.
 * Only roles with the "reports" privilege (forms/roles.json) may read reports, for the regions their account holds;
 * every request, answered or refused, is written to the activity log before the answer leaves, which
 * the "audit" privilege may read.
 */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { forbidden, holdersOf, refused, words } from '../http/errors.ts';
import { callerRegions, qualityQuery, readParameters } from '../reports/filters.ts';
import { rowsToCsv } from '../reports/csv.ts';
import { pilotList } from '../reports/pilots.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { reportIn, reportLabels } from '../reports/labels.ts';
import { qualityReport } from '../reports/quality.ts';
import { auditedReports } from '../reports/audited.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';

export function reportRoutes(context: AppContext): Router {
  const { store } = context;
  const router = Router();

  const audited = auditedReports(context);

  router.get('/reports/quality', audited('report.quality', async (principal, req, res) => {
    const query = qualityQuery(context.forms, principal, req.query as Record<string, unknown>);
    const report = reportIn(await qualityReport(context, query), reportLabels(context, query, languageOf(res), translationOf(res)), translationOf(res));
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      res.type('text/csv').set('Content-Disposition', `attachment; filename="quality-${report.form}-by-${report.by}.csv"`).send(rowsToCsv(report.rows));
    } else {
      res.json(report);
    }
  }));

  router.get('/reports/pilots', audited('report.pilots', async (principal, req, res) => {
    readParameters(req.query as Record<string, unknown>, []);
    res.set('Cache-Control', 'no-store').json({ pilots: await pilotList(context, callerRegions(principal), languageOf(res)) });
  }));

  router.get('/activity', async (req, res) => {
    const principal = principalOf(res);
    if (!mayDo(principal, 'audit')) throw forbidden(words('api.activity.refused', undefined, { who: holdersOf('audit') }));
    const p = readParameters(req.query as Record<string, unknown>, ['before', 'limit']) as Record<string, string | undefined>;
    const limit = p.limit === undefined ? 100 : Number(p.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw refused('limit', words('api.query.wholeNumber', { field: 'limit', max: 1000 }));
    res.set('Cache-Control', 'no-store').json({ entries: await store.listActivity({ limit, ...(p.before !== undefined ? { before: p.before } : {}) }) });
  });
  return router;
}
