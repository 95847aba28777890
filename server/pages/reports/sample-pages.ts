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
import type { Translate } from '../../../engine/i18n/translator.ts';
import { escapeHtml as e } from '../layout.ts';
import { pageLanguage } from '../page-language.ts';
import { errorSummary, heading, input, link, paragraph, select, table } from './html.ts';
import type { reportPage } from './page.ts';
import { recordView } from './record-view.ts';
import { anchorOf, answersFromForm, scoreForm } from './score-form.ts';

const FIELD_IDS: Record<string, string> = { '/form': 'form', '/location': 'location', '/from': 'from', '/to': 'to', '/size': 'size', '/seed': 'seed' };

export function samplePages(context: AppContext, requireSession: RequestHandler, page: ReturnType<typeof reportPage>): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: context.config.bodyLimit, parameterLimit: 100 });
  /** Places, move types and dates in the page's language. */
  const wordsIn = (language: string, t: Translate) => {
    const places = context.forms.locationsIn(language).locations;
    const moveTypes = context.forms.moveTypesIn(language);
    return {
      location: (code: string) => places.find((l) => l.code === code)?.name ?? code,
      moveType: (code: string) => moveTypes.find((m) => m.const === code)?.title ?? code,
      date: (value: string) => formatDate(value, t),
      dateTime: (value: string) => formatDateTime(value, undefined, t),
      period: (from: string, to: string) => t('reports.period', { from: formatDate(from, t), to: formatDate(to, t) }),
    };
  };
  const formTitle = (name: string, language: string) => {
    const versions = context.forms.list().find((x) => x.name === name)?.versions;
    return versions ? context.forms.localised(name, versions.at(-1)!, language)?.title ?? name : name;
  };

  const samplesPage = async (principal: Parameters<Parameters<typeof page>[1]>[0], language: string, t: Translate, given: Record<string, string> = {}, problems: { field: string; message: string }[] = []) => {
    const settings = settingsOf(context);
    const regions = callerRegions(principal);
    const names = wordsIn(language, t);
    const samples = await context.store.samplesBy(principal.username);
    const errorPrefix = t('pages.errorMessage.prefix');
    const errorOf = (field: string) => problems.find((p) => p.field === `/${field}`)?.message;
    const draw = `<form method="post" action="/reports/samples" novalidate>
<h2 class="govuk-heading-m">${e(t('samples.draw.heading'))}</h2>
<p class="govuk-body">${e(t('samples.draw.intro'))}</p>
<div class="app-filters">
${select('form', t('reports.filter.form'), settings.forms.map((f) => ({ value: f, label: formTitle(f, language) })), given.form)}
${select('location', t('reports.filter.location'), context.forms.locationsIn(language).locations.filter((l) => regions.includes(l.region)).map((l) => ({ value: l.code, label: l.name })), given.location)}
${input('from', t('reports.filter.from'), given.from, { type: 'date', error: errorOf('from'), errorPrefix })}
${input('to', t('reports.filter.to'), given.to, { type: 'date', error: errorOf('to'), errorPrefix })}
${input('size', t('samples.draw.size'), given.size ?? '10', { width: 'govuk-input--width-3', hint: t('samples.draw.sizeHint', { max: settings.maxSampleSize }), error: errorOf('size'), errorPrefix })}
${input('seed', t('samples.draw.seed'), given.seed, { hint: t('samples.draw.seedHint'), error: errorOf('seed'), errorPrefix })}
</div>
<button type="submit" class="govuk-button" data-module="govuk-button">${e(t('samples.draw.button'))}</button>
</form>`;
    return {
      status: problems.length ? 400 : 200,
      title: t('samples.title'),
      error: problems.length > 0,
      main: `${errorSummary(problems.map((p) => ({ href: `#${FIELD_IDS[p.field] ?? 'form'}`, message: p.message })), t('pages.errorSummary.title'))}
${heading(t('reports.caption.forum'), t('samples.title'))}
${samples.length === 0 ? paragraph(t('samples.none')) : table({
  caption: t('samples.caption'),
  head: [t('samples.drawn'), t('samples.location'), t('samples.moves'), t('samples.records'), t('samples.seed')],
  rows: samples.map((s) => [{ text: names.dateTime(s.createdAt), href: `/reports/samples/${s.id}` }, names.location(s.location), names.period(s.from, s.to), t('samples.asked', { drawn: s.recordIds.length, size: s.size }), s.seed]),
})}
${draw}`,
    };
  };

  router.get('/reports/samples', requireSession, page('page.quality.samples', async (principal, req, res) => {
    const { code, t } = pageLanguage(req, res);
    return samplesPage(principal, code, t);
  }));

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
      const { code, t } = pageLanguage(req, res);
      return samplesPage(principal, code, t, given, (error.details.fields ?? []).map((f) => ({ field: f.field, message: f.message.replace(/^\/(\w+)/, (_m, name: string) => `${name[0]!.toUpperCase()}${name.slice(1)}`) })));
    }
  }));

  router.get('/reports/samples/:sample', requireSession, page('page.quality.sample', async (principal, req, res) => {
    const { code, t } = pageLanguage(req, res);
    const names = wordsIn(code, t);
    const sample = await sampleSummary(context, principal, String(req.params.sample));
    const scored = sample.records.filter((r) => r.score).length;
    const row = (key: string, value: string) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${e(key)}</dt><dd class="govuk-summary-list__value">${e(value)}</dd></div>`;
    return {
      title: t('samples.sample.title'),
      main: `${heading(t('samples.title'), t('samples.sample.from', { location: names.location(sample.location) }))}
<dl class="govuk-summary-list">
${row(t('samples.moves'), names.period(sample.from, sample.to))}
${row(t('samples.drawn'), t('samples.drawnAt', { drawn: sample.recordIds.length, size: sample.size, at: names.dateTime(sample.createdAt) }))}
${row(t('samples.seed'), sample.seed)}
${row(t('samples.scored'), t('samples.ofWhole', { part: scored, whole: sample.records.length }))}
</dl>
${sample.records.length === 0 ? paragraph(t('samples.sample.noneMatched')) : table({
  caption: t('samples.sample.caption'),
  head: [t('samples.sample.record'), t('samples.sample.person'), t('samples.sample.move'), t('samples.sample.score')],
  rows: sample.records.map((r, i) => [{ text: t('samples.sample.recordN', { n: i + 1 }), href: `/reports/samples/${sample.id}/records/${r.id}` }, `${r.person.name} ${r.person.id}`,
    t('samples.sample.moveText', { from: names.location(r.move.from), to: names.location(r.move.to), date: names.date(r.move.date) }), r.score ? t('samples.sample.scoredAt', { at: names.dateTime(r.score.at) }) : t('samples.sample.notScored')]),
})}
<p class="govuk-body">${link('/reports/samples', t('samples.sample.all'))}</p>`,
    };
  }));

  const reviewPage = async (principal: Parameters<Parameters<typeof page>[1]>[0], language: string, t: Translate, sampleId: string, recordId: string, posted?: { answers: import('../../../engine/types.ts').Answers; errors: { pointer: string; message: string }[] }) => {
    const { sample, record } = await sampledRecord(context, principal, sampleId, recordId);
    const names = wordsIn(language, t);
    const current = currentRubric(context.forms, settingsOf(context));
    const rubric = (context.forms.localised(current.name, current.version, language) ?? current).compiled;
    const stored = (await context.store.scoresOfSample(sample.id)).find((s) => s.recordId === record.id);
    const errors = posted?.errors ?? [];
    const position = sample.recordIds.indexOf(record.id) + 1;
    return {
      status: errors.length ? 422 : 200,
      title: t('samples.review.title', { n: position }),
      error: errors.length > 0,
      main: `${errorSummary(errors.map((x) => ({ href: anchorOf(x.pointer), message: x.message })), t('pages.errorSummary.title'))}
${heading(t('samples.sample.from', { location: names.location(sample.location) }), t('samples.review.heading', { n: position, total: sample.recordIds.length }))}
<p class="govuk-body">${link('#score', t('samples.review.goToCheck'))}. ${link(`/api/quality-checks/samples/${sample.id}/records/${record.id}/print`, t('samples.review.openPrinted'))} ${e(t('samples.review.masked'))}. ${link(`/reports/samples/${sample.id}`, t('samples.review.back'))}</p>
${stored ? `<div class="govuk-inset-text">${e(t('samples.review.scoredBefore', { at: names.dateTime(stored.at) }))}</div>` : ''}
${recordView(record, printedView(context, record, language), names, t)}
${scoreForm(rubric, `/reports/samples/${sample.id}/records/${record.id}`, posted?.answers ?? stored?.answers, errors, t)}`,
    };
  };

  router.get('/reports/samples/:sample/records/:record', requireSession, page('page.quality.record', async (principal, req, res) => {
    const { code, t } = pageLanguage(req, res);
    return reviewPage(principal, code, t, String(req.params.sample), String(req.params.record));
  }));

  router.post('/reports/samples/:sample/records/:record', requireSession, form, page('page.quality.record.score', async (principal, req, res) => {
    const [sampleId, recordId] = [String(req.params.sample), String(req.params.record)];
    const answers = answersFromForm(currentRubric(context.forms, settingsOf(context)).compiled, req.body as Record<string, unknown>);
    const { code, t } = pageLanguage(req, res);
    try {
      await scoreRecord(context, principal, sampleId, recordId, answers, code);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 422) throw error;
      return reviewPage(principal, code, t, sampleId, recordId, { answers, errors: (error.details.fields ?? []).map((f) => ({ pointer: f.field, message: f.message })) });
    }
    res.redirect(303, `/reports/samples/${sampleId}`);
    return undefined;
  }));
  return router;
}
