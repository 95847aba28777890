/**
 * Qualitative checks on the web: draw a sample (/reports/samples), see what it drew
 * (/reports/samples/{id}), and review one record read-only and score it with the rubric form
 * (/reports/samples/{id}/records/{record}). Ordinary HTML forms, posted same-site only (the session
 * cookie is SameSite=Strict); the same service functions as the API check and store everything.
 */
import express, { Router, type RequestHandler } from 'express';
import { formatDate, formatDateTime } from '../../../engine/index.ts';
import type { AppContext } from '../../app-context.ts';
import { HttpError } from '../../http/errors.ts';
import { callerRegions } from '../../reports/filters.ts';
import { drawSample, printedView, sampledRecord, sampleSummary, scoreRecord, settingsOf, type DrawRequest } from '../../quality/samples.ts';
import { currentRubric } from '../../quality/settings.ts';
import { validateBody } from '../../schemas/validate.ts';
import { escapeHtml as e } from '../layout.ts';
import { errorSummary, heading, input, link, paragraph, select, table } from './html.ts';
import type { reportPage } from './page.ts';
import { recordView } from './record-view.ts';
import { anchorOf, answersFromForm, scoreForm } from './score-form.ts';

const FIELD_IDS: Record<string, string> = { '/form': 'form', '/location': 'location', '/from': 'from', '/to': 'to', '/size': 'size', '/seed': 'seed' };

export function samplePages(context: AppContext, requireSession: RequestHandler, page: ReturnType<typeof reportPage>): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: context.config.bodyLimit, parameterLimit: 100 });
  const names = {
    location: (code: string) => context.forms.location(code)?.name ?? code,
    moveType: (code: string) => context.forms.moveType(code)?.title ?? code,
  };

  const samplesPage = async (principal: Parameters<Parameters<typeof page>[1]>[0], given: Record<string, string> = {}, problems: { field: string; message: string }[] = []) => {
    const settings = settingsOf(context);
    const regions = callerRegions(principal);
    const samples = await context.store.samplesBy(principal.username);
    const errorOf = (field: string) => problems.find((p) => p.field === `/${field}`)?.message;
    const draw = `<form method="post" action="/reports/samples" novalidate>
<h2 class="govuk-heading-m">Draw a new sample</h2>
<p class="govuk-body">Confirmed records sent from one location, with move dates in the period, drawn at random. Keep the seed to draw the same records again.</p>
<div class="app-filters">
${select('form', 'Form', settings.forms.map((f) => ({ value: f, label: context.forms.list().find((x) => x.name === f)?.title ?? f })), given.form)}
${select('location', 'Sending location', context.forms.locations.filter((l) => regions.includes(l.region)).map((l) => ({ value: l.code, label: l.name })), given.location)}
${input('from', 'Moves from', given.from, { type: 'date', error: errorOf('from') })}
${input('to', 'Moves to', given.to, { type: 'date', error: errorOf('to') })}
${input('size', 'How many records', given.size ?? '10', { width: 'govuk-input--width-3', hint: `At most ${settings.maxSampleSize}`, error: errorOf('size') })}
${input('seed', 'Seed (optional)', given.seed, { hint: 'To repeat an earlier draw', error: errorOf('seed') })}
</div>
<button type="submit" class="govuk-button" data-module="govuk-button">Draw the sample</button>
</form>`;
    return {
      status: problems.length ? 400 : 200,
      title: problems.length ? 'Error: Quality checks' : 'Quality checks',
      main: `${errorSummary(problems.map((p) => ({ href: `#${FIELD_IDS[p.field] ?? 'form'}`, message: p.message })))}
${heading('Regional forum', 'Quality checks')}
${samples.length === 0 ? paragraph('You have not drawn a sample yet.') : table({
  caption: 'Your samples',
  head: ['Drawn', 'Location', 'Moves', 'Records', 'Seed'],
  rows: samples.map((s) => [{ text: formatDateTime(s.createdAt), href: `/reports/samples/${s.id}` }, names.location(s.location), `${formatDate(s.from)} to ${formatDate(s.to)}`, `${s.recordIds.length} of ${s.size} asked`, s.seed]),
})}
${draw}`,
    };
  };

  router.get('/reports/samples', requireSession, page('page.quality.samples', async (principal) => samplesPage(principal)));

  router.post('/reports/samples', requireSession, form, page('page.quality.sample.draw', async (principal, req, res) => {
    const given = Object.fromEntries(Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const request: Record<string, unknown> = { form: given.form, location: given.location, from: given.from, to: given.to, size: /^\d{1,4}$/.test(given.size ?? '') ? Number(given.size) : given.size };
    if (given.seed) request.seed = given.seed;
    try {
      validateBody('DrawSample')({ body: request } as never, res, () => undefined);
      const sample = await drawSample(context, principal, request as unknown as DrawRequest);
      res.redirect(303, `/reports/samples/${sample.id}`);
      return undefined;
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 400) throw error;
      return samplesPage(principal, given, (error.details.fields ?? []).map((f) => ({ field: f.field, message: f.message.replace(/^\/(\w+)/, (_m, name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`) })));
    }
  }));

  router.get('/reports/samples/:sample', requireSession, page('page.quality.sample', async (principal, req) => {
    const sample = await sampleSummary(context, principal, String(req.params.sample));
    const scored = sample.records.filter((r) => r.score).length;
    return {
      title: 'Sample',
      main: `${heading('Quality checks', `Sample from ${names.location(sample.location)}`)}
<dl class="govuk-summary-list">
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moves</dt><dd class="govuk-summary-list__value">${e(`${formatDate(sample.from)} to ${formatDate(sample.to)}`)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Drawn</dt><dd class="govuk-summary-list__value">${e(`${sample.recordIds.length} of ${sample.size} asked, ${formatDateTime(sample.createdAt)}`)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Seed</dt><dd class="govuk-summary-list__value">${e(sample.seed)}</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Scored</dt><dd class="govuk-summary-list__value">${e(`${scored} of ${sample.records.length}`)}</dd></div>
</dl>
${sample.records.length === 0 ? paragraph('No confirmed record matched: try a longer period.') : table({
  caption: 'Records drawn',
  head: ['Record', 'Person (masked)', 'Move', 'Score'],
  rows: sample.records.map((r, i) => [{ text: `Record ${i + 1}`, href: `/reports/samples/${sample.id}/records/${r.id}` }, `${r.person.name} ${r.person.id}`,
    `${names.location(r.move.from)} to ${names.location(r.move.to)}, ${formatDate(r.move.date)}`, r.score ? `Scored ${formatDateTime(r.score.at)}` : 'Not scored']),
})}
<p class="govuk-body">${link('/reports/samples', 'All your samples')}</p>`,
    };
  }));

  const reviewPage = async (principal: Parameters<Parameters<typeof page>[1]>[0], sampleId: string, recordId: string, posted?: { answers: import('../../../engine/types.ts').Answers; errors: { pointer: string; message: string }[] }) => {
    const { sample, record } = await sampledRecord(context, principal, sampleId, recordId);
    const rubric = currentRubric(context.forms, settingsOf(context)).compiled;
    const stored = (await context.store.scoresOfSample(sample.id)).find((s) => s.recordId === record.id);
    const errors = posted?.errors ?? [];
    const position = sample.recordIds.indexOf(record.id) + 1;
    return {
      status: errors.length ? 422 : 200,
      title: `${errors.length ? 'Error: ' : ''}Record ${position} of the sample`,
      main: `${errorSummary(errors.map((x) => ({ href: anchorOf(x.pointer), message: x.message })))}
${heading(`Sample from ${names.location(sample.location)}`, `Record ${position} of ${sample.recordIds.length}`)}
<p class="govuk-body">${link('#score', 'Go to the quality check')}. ${link(`/api/quality-checks/samples/${sample.id}/records/${record.id}/print`, 'Open the record as printed')} (name and person id masked). ${link(`/reports/samples/${sample.id}`, 'Back to the sample')}</p>
${stored ? `<div class="govuk-inset-text">Scored ${e(formatDateTime(stored.at))}. Saving again replaces the score.</div>` : ''}
${recordView(record, printedView(context, record), names)}
${scoreForm(rubric, `/reports/samples/${sample.id}/records/${record.id}`, posted?.answers ?? stored?.answers, errors)}`,
    };
  };

  router.get('/reports/samples/:sample/records/:record', requireSession, page('page.quality.record', async (principal, req) => reviewPage(principal, String(req.params.sample), String(req.params.record))));

  router.post('/reports/samples/:sample/records/:record', requireSession, form, page('page.quality.record.score', async (principal, req, res) => {
    const [sampleId, recordId] = [String(req.params.sample), String(req.params.record)];
    const answers = answersFromForm(currentRubric(context.forms, settingsOf(context)).compiled, req.body as Record<string, unknown>);
    try {
      await scoreRecord(context, principal, sampleId, recordId, answers);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 422) throw error;
      return reviewPage(principal, sampleId, recordId, { answers, errors: (error.details.fields ?? []).map((f) => ({ pointer: f.field, message: f.message })) });
    }
    res.redirect(303, `/reports/samples/${sampleId}`);
    return undefined;
  }));
  return router;
}
