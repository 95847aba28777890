/**
 * The OpenAPI 3.1 description of the API, served at GET /api/openapi.json. Request bodies are the very
 * schemas the server validates with (bodies.ts); OpenAPI 3.1 speaks JSON Schema 2020-12 directly.
 */
import { bodySchemas, type BodySchemaName } from './bodies.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { reportRoutes } from './openapi-reports.ts';
import { forumOperations } from '../quality/openapi.ts';
import { definitionOperations } from './definition-operations.ts';
import { translationOperations } from '../definitions/translation-operations.ts';
import { RECORD_PATHS, RECORDS_REFUSAL } from '../records/records-privilege.ts';
import { say } from '../http/errors.ts';
import { translator } from '../i18n/service-locales.ts';
import { whoMay } from '../../engine/vocabulary/roles.ts';
import { LANG_QUERY } from '../http/language-query.ts';

export interface Operation {
  summary: string;
  body?: BodySchemaName;
  /** Status codes besides the success one, each with why. */
  refusals?: Record<number, string>;
  success: [number, string];
  query?: { name: string; description: string; required: boolean }[];
  /** Request headers the operation reads (besides authentication and language). */
  headers?: { name: string; description: string; schema: Record<string, unknown> }[];
  /** Headers of the success answer (besides Cache-Control). */
  successHeaders?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

const PREFER = { name: 'Prefer', description: 'RFC 7240. return=minimal: the success answer\'s record is the stored record without viewModel (Preference-Applied: return=minimal says it was honoured); anything else, or no header, the full answer. Refusals are the same either way', schema: { type: 'string', examples: ['return=minimal'] } };
const SAVE_REPLY_HEADERS = {
  'Preference-Applied': { description: 'return=minimal when the answer left out the view model; absent otherwise', schema: { type: 'string', const: 'return=minimal' } },
  Vary: { description: 'Names Prefer: the answer\'s shape depends on it', schema: { type: 'string' } },
};

const common = { 401: 'Not signed in', 400: 'The body or a parameter is invalid (fields named)' };
const onRecord = { ...common, 404: 'No such record at the caller\'s locations' };

const routes: Record<string, Record<string, Operation>> = {
  '/session': {
    post: { summary: 'Sign in with a local account (sets an HttpOnly, SameSite=Strict cookie). Failures earn the account growing delays and temporary locks (docs/security.md)', body: 'Login', success: [201, 'Signed in: username, roles, locations'], refusals: { 400: 'Invalid body', 401: 'Wrong username or password; when a delay or temporary lock begins, the message and Retry-After say how long', 403: 'Account locked for good after repeated temporary locks (accountLocked): an administrator unlocks it', 429: 'Too many failed attempts from this address (tooManyRequests), or the account is inside a delay or temporary lock (signInDelayed, Retry-After): the password was not checked' } },
    get: { summary: 'Who is signed in: username, roles, locations, and the window of move dates a new record accepts (moveDateWindow: {pastDays, futureDays})', success: [200, 'The caller'], refusals: { 401: 'Not signed in' } },
    delete: { summary: 'Sign out', success: [204, 'Signed out'], refusals: { 401: 'Not signed in' } },
  },
  '/session/device-key': { get: { summary: 'The caller\'s key for the data their browser keeps to work offline (docs/offline.md): the same key every time for one user', success: [200, '{key: base64 of 32 bytes, algorithm: "AES-GCM", bits: 256}'], refusals: { 401: 'Not signed in' } } },
  '/forms': { get: { summary: 'Every form with its versions (title in the language asked for), and mayCreate: whether the caller may start a record of it', query: [LANG_QUERY], success: [200, 'Forms'], refusals: { 401: 'Not signed in', 400: 'lang is not a language (field named)' } } },
  '/forms/{form}/versions/{version}': { get: { summary: 'One form definition (JSON Schema), its words in the language asked for when the version has a translation in it (Content-Language says which)', query: [LANG_QUERY], success: [200, 'The definition'], refusals: { 401: 'Not signed in', 404: 'No such version', 400: 'lang is not a language (field named)' } } },
  '/locations': { get: { summary: 'Every location code with its name (in the language asked for), kind and region', query: [LANG_QUERY], success: [200, 'Locations'], refusals: { 401: 'Not signed in', 400: 'lang is not a language (field named)' } } },
  '/regions': { get: { summary: 'Every region code with its name (in the language asked for): rollout rules and forums\' reports name regions by code', query: [LANG_QUERY], success: [200, 'Regions'], refusals: { 401: 'Not signed in', 400: 'lang is not a language (field named)' } } },
  '/move-types': { get: { summary: 'Every type of move a record can be made for: const (stored as move.type) and title (in the language asked for)', query: [LANG_QUERY], success: [200, 'Move types'], refusals: { 401: 'Not signed in', 400: 'lang is not a language (field named)' } } },
  '/records': {
    post: { summary: 'Create a record for a move, on the version the rollout picks, prefilled from the person\'s last confirmed records when their name and date of birth match and, for records made where the caller does not work, the custody check agrees', body: 'CreateRecord', success: [201, 'The record with its view model; prefillWithheld {reason: personMismatch | custodyCheck | custodyCheckFailed, message} when it was created empty instead of prefilled'], refusals: { ...common, 400: 'The body is invalid, names an unknown location or type of move, or holds an implausible value: a date of birth in the future or before 1900, a move date outside the configured window, a name with control or bidirectional-override characters, or the same place at both ends (fields named)', 403: 'The caller does not work at either end of the move, or their role may not start this form', 404: 'No such form', 409: 'This form already has a record for the move: recordId and href name it when the caller may see it' } },
    get: { summary: 'A person\'s records at the caller\'s locations', query: [{ name: 'person', description: 'Person id (required: there is no search without it)', required: true }], success: [200, 'Records, newest first'], refusals: common },
  },
  '/moves': { get: { summary: 'Records of moves from or to the caller\'s locations over some days (the Moves page), sorted by move date, a page at a time: {moves, total, page, pageSize, fromDate, toDate, order}', query: [{ name: 'from', description: 'First move date, YYYY-MM-DD (default today, UK)', required: false }, { name: 'days', description: 'How many days, 1 to 31 (default 7)', required: false }, { name: 'page', description: 'Page number from 1 (20 moves a page)', required: false }, { name: 'order', description: 'asc (earliest first, default) or desc', required: false }], success: [200, 'One page of moves'], refusals: common } },
  '/records/{id}': { get: { summary: 'A record with answers, state, section statuses and errors, flags, prefill marks and its view model', success: [200, 'The record'], refusals: onRecord } },
  '/records/{id}/sections/{section}': {
    patch: { summary: 'Save part or all of a section. With Prefer: return=minimal the answer leaves out the view model (a client that builds its own, like <form-record>, never reads it)', body: 'SaveSection', headers: [PREFER], successHeaders: SAVE_REPLY_HEADERS, success: [200, '{record, cleared, reviewed}: the stored record (with its view model, or without it when Prefer: return=minimal was applied), the follow-up answers cleared and the prefilled answers marked reviewed'], refusals: { ...onRecord, 400: 'The body is invalid, or its revision is ahead of the record (revisionAhead, field /revision)', 403: 'The caller\'s role may not edit this section', 409: 'A question was changed by someone else since the given revision: theirs and yours; or the record never had that revision (unknownRevision)', 422: 'Invalid answers: one message per question', 423: 'The record is confirmed or cancelled' } },
  },
  '/records/{id}/prefill-reviews': { post: { summary: 'Accept prefilled answers as they are', body: 'PrefillReviews', success: [200, 'The record'], refusals: { ...onRecord, 403: 'The caller\'s role may not edit that section', 422: 'A pointer names no prefilled answer', 423: 'The record is locked' } } },
  '/records/{id}/confirm': { post: { summary: 'Confirm and lock the answers', body: 'Empty', success: [200, 'The confirmed record'], refusals: { ...onRecord, 403: 'The caller\'s role may not confirm', 409: 'Incomplete or unreviewed answers, listed', 423: 'Already confirmed or cancelled' } } },
  '/records/{id}/handovers': { post: { summary: 'Record a handover (red flags acknowledged). An entry may carry id (a UUID its device made) and recordedAt (when the device recorded it, after confirmation and not in the future): the same id again from the same user answers 201 as the first time did with header Entry-Replayed: true and stores nothing (docs/offline.md)', body: 'Handover', success: [201, 'The record'], refusals: { ...onRecord, 400: 'A field is missing or wrong, or a red flag is not acknowledged (reason unacknowledgedRedFlags, redFlags naming each one missed)', 403: 'Role may not', 409: 'Not confirmed yet (draft or complete), or the id is taken by another entry (reason idInUse)', 423: 'The record is cancelled (reason recordCancelled, cancelled: at, by, reason)' } } },
  '/records/{id}/events': { post: { summary: 'Add an entry to the record of events. An entry may carry id (a UUID its device made) and recordedAt (when the device recorded it, after confirmation and not in the future): the same id again from the same user answers 201 as the first time did with header Entry-Replayed: true and stores nothing (docs/offline.md)', body: 'Event', success: [201, 'The record'], refusals: { ...onRecord, 400: 'A field is missing or wrong, or the event type is unknown', 403: 'Role may not', 409: 'Not confirmed yet (draft or complete), or the id is taken by another entry (reason idInUse)', 423: 'The record is cancelled (reason recordCancelled, cancelled: at, by, reason)' } } },
  '/records/{id}/red-flags': { post: { summary: 'Add a red flag warning. An entry may carry id (a UUID its device made) and recordedAt (when the device recorded it, after confirmation and not in the future): the same id again from the same user answers 201 as the first time did with header Entry-Replayed: true and stores nothing (docs/offline.md)', body: 'RedFlag', success: [201, 'The record'], refusals: { ...onRecord, 400: 'A field is missing or wrong, or the form has no red flag page', 403: 'Role may not', 409: 'Not confirmed yet (draft or complete), or the id is taken by another entry (reason idInUse)', 423: 'The record is cancelled (reason recordCancelled, cancelled: at, by, reason)' } } },
  '/records/{id}/cancel': { post: { summary: 'Cancel the record', body: 'Cancel', success: [200, 'The cancelled record'], refusals: { ...onRecord, 403: 'Role may not', 423: 'Already handed over or cancelled' } } },
  '/records/{id}/print': { get: { summary: 'Printable HTML page of the record', success: [200, 'text/html'], refusals: onRecord } },
  '/records/{id}/print-links': { post: { summary: 'A single-use link to the printable page, for callers with a bearer token (a navigation carries none): {url, expiresAt}. GET the url (on the server\'s origin, outside /api) once, before expiresAt, without signing in; afterwards it is 404', body: 'Empty', success: [201, '{url: "/print/<token>", expiresAt}'], refusals: onRecord } },
  ...definitionOperations,
  ...translationOperations,
  '/prefill-crossings': { get: { summary: `Prefills that carried answers from a record made where its creator does not work, newest first, whose new or source record was made at one of the caller\'s locations (${whoMay('audit')} only)`, query: [{ name: 'since', description: 'Only crossings at or after this date and time', required: false }, { name: 'limit', description: 'At most this many, 1 to 500 (default 100)', required: false }], success: [200, 'Crossings: who, when, the new record and its move, the source record and its move, the answers carried'], refusals: { ...common, 403: `Only ${whoMay('audit')}` } } },
  '/records/{id}/audit': { get: { summary: 'Every change to the record: who, when, which answers, old and new (the audit privilege of forms/roles.json)', success: [200, 'Audit entries, oldest first'], refusals: { ...onRecord, 403: 'Without the audit privilege' } } },
  '/forms/{form}/diff': { get: { summary: `What changed between two versions of a form, in policy language: {form, title, from, to, counts, changes: [{kind, section, question?, pointers {from?, to?}, before?, after?, sentence}], inEnglish?} in the language of ?lang=, titles quoted from each version's translation; inEnglish lists titles left in English (${whoMay('diff')} only)`, query: [{ name: 'from', description: 'The older version (default: the one before `to`)', required: false }, { name: 'to', description: 'The newer version (default: the newest)', required: false }], success: [200, 'The changes, grouped by section in the order of `to`'], refusals: { ...common, 400: 'from or to is not a version of the form (field named)', 403: `Only ${whoMay('diff')}`, 404: 'No such form' } } },
  '/forms/{form}/versions/{version}/impact': { get: { summary: `The confirmed records of the form\'s other versions since a day, re-checked against this version: records that would have been incomplete and which questions, answers dropped and carried by prefill, with percentages (${whoMay('diff')} only)`, query: [{ name: 'since', description: 'First day counted (UK time), like 2026-09-01', required: true }], success: [200, 'The impact report'], refusals: { ...common, 400: 'since is missing or not a real date (field named)', 403: `Only ${whoMay('diff')}`, 404: 'No such form version' } } },
  ...reportRoutes,
  ...forumOperations,
};

const errorSchema = {
  type: 'object',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'A stable code: badRequest, invalidBody, forbiddenInput, notFound, conflict, unknownRevision, revisionAhead, crossSite, unsupportedMediaType, signInDelayed, accountLocked, ...' },
    message: { type: 'string', description: 'For people: in the resolved language (?lang=, else the signed-in user\'s chosen language, else the per_lang cookie, else Accept-Language, else English; Content-Language names it). Field messages follow it too. Codes, reasons and field names never change with the language.' },
    fields: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' }, rule: { type: 'string' } } } },
  },
};

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

export const NO_STORE = { description: 'Always no-store', schema: { type: 'string', const: 'no-store' } };

function operation(path: string, method: string, op: Operation) {
  const [status, description] = op.success;
  const responses: Record<string, unknown> = { [status]: { description } };
  const refusals: Record<number, string> = { ...op.refusals };
  if (op.body) refusals[415] = 'The body is not JSON: every request with a body says Content-Type: application/json, an empty one too';
  if (RECORD_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) refusals[403] = [`${say(translator(''), RECORDS_REFUSAL)} (the records privilege of forms/roles.json), wherever the caller works`, refusals[403]].filter(Boolean).join('; or ');
  if (method !== 'get') refusals[403] = [refusals[403], 'Sent from another site (Sec-Fetch-Site or Origin not this server: crossSite)'].filter(Boolean).join('; or ');
  for (const [code, why] of Object.entries(refusals)) {
    responses[code] = { description: why, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  // Every API answer may hold personal data, errors included: none is ever cached.
  for (const response of Object.values(responses)) (response as Record<string, unknown>).headers = { 'Cache-Control': NO_STORE };
  if (op.successHeaders) Object.assign((responses[status] as { headers: object }).headers, op.successHeaders);
  return {
    summary: op.summary,
    parameters: [...pathParameters(path), ...(op.query ?? []).map((q) => ({ ...q, in: 'query', schema: { type: 'string' } })), ...(op.headers ?? []).map((h) => ({ ...h, in: 'header', required: false }))],
    ...(op.body ? { requestBody: { required: op.body !== 'Empty' && op.body !== 'Cancel', content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.body}` } } } } } : {}),
    responses,
  };
}

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Person Escort Record API', version, description: 'JSON API of the PER form engine. Every body is checked against the schema shown; errors are {error, message, fields?}, the message in the caller\'s language: any operation takes ?lang=en or ?lang=cy (for that request only; an unknown code is ignored), else the signed-in user\'s chosen language, else the per_lang cookie, else the first language of Accept-Language the service speaks (cy-GB is cy), else English. A choice a person made (the address, their account, the language switch\'s cookie) comes before Accept-Language, their browser\'s general setting. Every answer says its language in Content-Language. The error code, reasons and field names are the same in every language; only message texts follow it.' },
    servers: [{ url: '/api' }],
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      schemas: { ...bodySchemas, Error: errorSchema },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths: Object.fromEntries(Object.entries(routes).map(([path, ops]) => [path, Object.fromEntries(Object.entries(ops).map(([method, op]) => [method, operation(path, method, op)]))])),
  };
}
