/**
 * Qualitative checks for the API and the pages: a forum member draws a random sample of confirmed
 * records from a location and period in their regions (the seed is kept, so the draw can be repeated),
 * reads each drawn record masked and read-only, and scores it with the rubric form. A sample, and the
 * records in it, are visible only to the member who drew it: anyone else is told it does not exist.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { buildViewModel, canEditSection, checkAnswers, type Answers, type FormRecord, type ViewModel } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import type { Principal } from '../auth/principal.ts';
import { badRequest, fieldProblem, forbidden, HttpError, notFound, words } from '../http/errors.ts';
import { serviceLocales, translator } from '../i18n/service-locales.ts';
import { callerRegions, isRealDay } from '../reports/filters.ts';
import { formIn } from '../records/view.ts';
import type { QualitySample, QualityScore } from '../store/quality-checks.ts';
import { maskedRecord } from './mask.ts';
import { currentRubric, qualityCheckSettings, type QualityCheckSettings } from './settings.ts';

export interface DrawRequest {
  form: string;
  location: string;
  from: string;
  to: string;
  size: number;
  seed?: string;
}

export interface SampledRecordSummary {
  id: string;
  form: string;
  version: string;
  move: FormRecord['move'];
  person: FormRecord['person'];
  score?: QualityScore;
}

const refuse = (field: string, key: string, params: Record<string, string | number> = {}) => badRequest(words(`api.sample.${key}`, { field, ...params }), [fieldProblem(field, words(`api.sample.${key}`, { field, ...params }))]);

export function settingsOf(context: Pick<AppContext, 'config' | 'forms'>): QualityCheckSettings {
  const settings = qualityCheckSettings(context.config.formsDir, context.forms);
  if (!settings) throw new HttpError(404, 'notFound', words('api.sample.notSetUp'));
  return settings;
}

export async function drawSample(context: AppContext, principal: Principal, request: DrawRequest): Promise<QualitySample> {
  const { forms, store } = context;
  const settings = settingsOf(context);
  if (!settings.forms.includes(request.form)) throw refuse('/form', 'formNotChecked', { forms: settings.forms.join(', ') });
  const location = forms.location(request.location);
  if (!location) throw refuse('/location', 'unknownLocation');
  const regions = callerRegions(principal);
  if (!regions.includes(location.region)) {
    const outside = words('api.sample.outsideRegion', { field: '/location', location: request.location });
    throw new HttpError(403, 'forbidden', outside, { fields: [fieldProblem('/location', outside)] });
  }
  for (const name of ['from', 'to'] as const) if (!isRealDay(request[name])) throw refuse(`/${name}`, 'notADay');
  if (request.from > request.to) throw refuse('/from', 'fromAfterTo', { to: request.to });
  if (request.size > settings.maxSampleSize) throw refuse('/size', 'tooMany', { limit: settings.maxSampleSize });
  // Hex, so a stored seed always passes the body's own pattern when the forum gives it back (base64url can start with - or _).
  const seed = request.seed ?? randomBytes(8).toString('hex');
  const frame = { form: request.form, location: request.location, from: request.from, to: request.to };
  const sample: QualitySample = {
    id: randomUUID(), createdBy: principal.username, createdAt: new Date().toISOString(), ...frame, size: request.size, seed,
    recordIds: await store.drawSample(frame, seed, request.size),
  };
  await store.insertSample(sample);
  return sample;
}

/** The caller's own sample, or 404; 403 once its location is no longer in a region they report on. */
export async function ownSample(context: AppContext, principal: Principal, id: string): Promise<QualitySample> {
  const sample = await context.store.getSample(id);
  if (!sample || sample.createdBy !== principal.username) throw notFound(words('api.sample.notFound'));
  const region = context.forms.location(sample.location)?.region;
  if (region === undefined || !callerRegions(principal).includes(region)) throw forbidden(words('api.sample.regionGone'));
  return sample;
}

/** A record drawn into the caller's own sample, person masked; 404 for any other record. */
export async function sampledRecord(context: AppContext, principal: Principal, sampleId: string, recordId: string): Promise<{ sample: QualitySample; record: FormRecord }> {
  const sample = await ownSample(context, principal, sampleId);
  const record = sample.recordIds.includes(recordId) ? await context.store.getRecord(recordId) : null;
  if (!record) throw notFound(words('api.sample.recordNotFound'));
  return { sample, record: maskedRecord(record) };
}

/** The sampled record as printed (the print view model: unanswered questions left out), in `language`. */
export function printedView(context: AppContext, record: FormRecord, language: string = serviceLocales().defaultLanguage): ViewModel {
  return buildViewModel(formIn(context.forms, record, language).compiled, record, { omitUnanswered: true, t: translator(language) });
}

export async function sampleSummary(context: AppContext, principal: Principal, sampleId: string) {
  const sample = await ownSample(context, principal, sampleId);
  const scores = new Map((await context.store.scoresOfSample(sample.id)).map((s) => [s.recordId, s]));
  const records: SampledRecordSummary[] = [];
  for (const id of sample.recordIds) {
    const stored = await context.store.getRecord(id);
    if (!stored) continue;
    const { form, version, move, person } = maskedRecord(stored);
    const score = scores.get(id);
    records.push({ id, form, version, move, person, ...(score ? { score } : {}) });
  }
  return { ...sample, records };
}

/** Whether the caller's roles may fill every section of the rubric (the rubric definition says who scores). */
export function mayScore(context: AppContext, principal: Principal): boolean {
  const rubric = currentRubric(context.forms, settingsOf(context)).compiled;
  return rubric.model.sections.every((section) => canEditSection(rubric, principal.roles, section.key));
}

/** `language`: the rubric's words and the engine's messages in the answer naming what is wrong. */
export async function scoreRecord(
  context: AppContext, principal: Principal, sampleId: string, recordId: string, answers: Answers, language: string = serviceLocales().defaultLanguage,
): Promise<QualityScore> {
  const { record } = await sampledRecord(context, principal, sampleId, recordId);
  if (!mayScore(context, principal)) throw forbidden(words('api.sample.mayNotScore'));
  const rubric = currentRubric(context.forms, settingsOf(context));
  const worded = context.forms.localised(rubric.name, rubric.version, language) ?? rubric;
  const check = checkAnswers(worded.compiled, answers, { t: translator(language) });
  const problems = [...check.invalid, ...check.incomplete];
  if (problems.length > 0) {
    throw new HttpError(422, 'invalidAnswers', problems.map((p) => p.message).join('; '), { fields: problems.map((p) => ({ field: p.pointer, message: p.message, rule: p.rule })) });
  }
  const score: QualityScore = {
    sampleId, recordId, rubric: { form: rubric.name, version: rubric.version }, answers, scoredBy: principal.username, at: new Date().toISOString(),
    record: { form: record.form, version: record.version, location: record.move.from, moveDate: record.move.date },
  };
  await context.store.putScore(score);
  return score;
}
