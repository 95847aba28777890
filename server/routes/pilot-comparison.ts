/** GET /api/reports/pilots/{form}/{rule}: one pilot against the rest and against before it began. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { refused, words } from '../http/errors.ts';
import { auditedReports } from '../reports/audited.ts';
import { callerRegions, isRealDay, readParameters } from '../reports/filters.ts';
import { pilotComparison } from '../reports/pilot-comparison.ts';
import { languageOf, translationOf } from '../i18n/language.ts';

/** The optional from/to of a pilot comparison, each a real date, from not after to; 400 naming the parameter. */
export function comparisonPeriod(query: Record<string, unknown>): { from?: string; to?: string } {
  const p = readParameters(query, ['from', 'to']) as { from?: string; to?: string };
  for (const name of ['from', 'to'] as const) {
    const day = p[name];
    if (day !== undefined && !isRealDay(day)) throw refused(name, words('api.report.notDay', { field: name, value: day }));
  }
  if (p.from !== undefined && p.to !== undefined && p.from > p.to) throw refused('from', words('api.report.fromAfterTo', { field: 'from', from: p.from, to: p.to }));
  return p;
}

export function pilotComparisonRoutes(context: AppContext): Router {
  const router = Router();
  const audited = auditedReports(context);
  router.get('/reports/pilots/:form/:rule', audited('report.pilot', async (principal, req, res) => {
    const period = comparisonPeriod(req.query as Record<string, unknown>);
    const comparison = await pilotComparison(context, callerRegions(principal), String(req.params.form), String(req.params.rule), period, { language: languageOf(res), t: translationOf(res) });
    res.set('Cache-Control', 'no-store').json(comparison);
  }));
  return router;
}
