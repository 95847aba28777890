/**
 * The qualitative-check API for regional forums: draw a sample, list one's samples, read a sampled
 * record (masked, read-only, as printed), and score it with the rubric form. Behind the report gate:
 * only roles that read reports, every request in the activity log.
 */
import { Router, type Request, type Response } from 'express';
import type { Answers } from '../../engine/types.ts';
import type { AppContext } from '../app-context.ts';
import { auditedReports } from '../reports/audited.ts';
import { qualityQuery, readParameters } from '../reports/filters.ts';
import { scoreGroups } from '../quality/score-groups.ts';
import { validateBody } from '../schemas/validate.ts';
import type { BodySchemaName } from '../schemas/bodies.ts';
import { drawSample, printedView, sampledRecord, sampleSummary, scoreRecord, type DrawRequest } from '../quality/samples.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { printPage } from './print.ts';

export function qualityCheckRoutes(context: AppContext): Router {
  const router = Router();
  const audited = auditedReports(context);
  const noQuery = (query: unknown) => readParameters(query as Record<string, unknown>, []);
  // Inside the gate, so a bad body from someone who may not ask is refused as such, and logged.
  const checkBody = (name: BodySchemaName, req: Request, res: Response) => validateBody(name)(req, res, () => undefined);

  router.post('/quality-checks/samples', audited('quality.sample.draw', async (principal, req, res) => {
    checkBody('DrawSample', req, res);
    const sample = await drawSample(context, principal, req.body as DrawRequest);
    res.status(201).location(`/api/quality-checks/samples/${sample.id}`).set('Cache-Control', 'no-store').json(sample);
  }));
  router.get('/quality-checks/samples', audited('quality.sample.list', async (principal, req, res) => {
    noQuery(req.query);
    res.set('Cache-Control', 'no-store').json({ samples: await context.store.samplesBy(principal.username) });
  }));
  router.get('/quality-checks/scores', audited('quality.scores', async (principal, req, res) => {
    const query = qualityQuery(context.forms, principal, req.query as Record<string, unknown>);
    res.set('Cache-Control', 'no-store').json({ form: query.form, by: query.by, minCount: context.config.reportMinCount, groups: await scoreGroups(context, query, { language: languageOf(res), t: translationOf(res) }) });
  }));
  router.get('/quality-checks/samples/:sample', audited('quality.sample.read', async (principal, req, res) => {
    noQuery(req.query);
    res.set('Cache-Control', 'no-store').json(await sampleSummary(context, principal, String(req.params.sample)));
  }));
  router.get('/quality-checks/samples/:sample/records/:record', audited('quality.record.read', async (principal, req, res) => {
    noQuery(req.query);
    const { record } = await sampledRecord(context, principal, String(req.params.sample), String(req.params.record));
    const { id, form, version, state, move, person, confirmed, handovers, events, redFlags } = record;
    res.set('Cache-Control', 'no-store').json({ id, form, version, state, move, person, confirmed, handovers, events, redFlags, viewModel: printedView(context, record, languageOf(res)) });
  }));
  router.get('/quality-checks/samples/:sample/records/:record/print', audited('quality.record.print', async (principal, req, res) => {
    noQuery(req.query);
    const { record } = await sampledRecord(context, principal, String(req.params.sample), String(req.params.record));
    res.type('html').set('Cache-Control', 'no-store').send(printPage(context, record, languageOf(res)));
  }));
  router.put('/quality-checks/samples/:sample/records/:record/score', audited('quality.record.score', async (principal, req, res) => {
    checkBody('ScoreRecord', req, res);
    const score = await scoreRecord(context, principal, String(req.params.sample), String(req.params.record), (req.body as { answers: Answers }).answers, languageOf(res));
    res.set('Cache-Control', 'no-store').json(score);
  }));
  return router;
}
