/** OpenAPI entries of the pilot comparison and the qualitative-check API (server/schemas/openapi.ts spreads them in). */
import type { Operation } from '../schemas/openapi.ts';

const gate = { 401: 'Not signed in', 403: 'The caller\'s role may not read reports (the reports privilege, roles.json), or reports on no region' };
const sampleGate = { ...gate, 404: 'No such sample among the caller\'s own, or the record was not drawn into it' };
const period = [
  { name: 'from', description: 'First move date (YYYY-MM-DD); defaults to the rule\'s first day (required when the rule has none)', required: false },
  { name: 'to', description: 'Last move date (YYYY-MM-DD); defaults to the rule\'s last day, else today', required: false },
];

export const forumOperations: Record<string, Record<string, Operation>> = {
  '/reports/pilots/{form}/{rule}': {
    get: {
      summary: 'One pilot (rule = position of the rollout rule, from 0) against the default version elsewhere in the same period and against its own locations over as many days before it began: per measure both values, the difference, a 95% interval (Newcombe hybrid score for proportions, Price-Bonett for medians) and a verdict; questions compared by key; groups smaller than REPORT_MIN_COUNT suppressed. Audited',
      query: period, success: [200, '{form, rule, version, defaultVersion, locations, period, minCount, comparisons: [{against, first, second, measures, questions}], notes}'],
      refusals: { ...gate, 400: 'Unknown form, a rule that does not exist, or a bad from/to (parameter named)', 403: 'Not a report reader, or the rule pilots no location in the caller\'s regions (field rule)' },
    },
  },
  '/quality-checks/samples': {
    post: { summary: 'Draw a random sample of confirmed records sent from a location in the caller\'s regions in a period; the seed (given or random) is stored and repeats the draw. Audited', body: 'DrawSample', success: [201, 'The sample: id, frame, size, seed, recordIds'], refusals: { ...gate, 400: 'A field is missing or wrong (named)', 403: 'Not a report reader, or the location is outside the caller\'s regions (/location)' } },
    get: { summary: 'The caller\'s own samples, newest first. Audited', success: [200, '{samples}'], refusals: gate },
  },
  '/quality-checks/scores': {
    get: {
      summary: 'Quality-check scores of sampled records in the caller\'s regions, grouped like the quality report: per group, how many records were scored and, per choice question of the quality-check form, how often each answer was given; groups of fewer than REPORT_MIN_COUNT scored records show only "fewer than N". Audited',
      query: ['form', 'by', 'from', 'to', 'region', 'location', 'version'].map((name) => ({ name, description: `As for GET /reports/quality (${name})`, required: name === 'form' })),
      success: [200, '{form, by, minCount, groups: [{group, label, suppressed, scored, tallies: [{pointer, label, choices: [{value, label, n}]}]}]}'],
      refusals: { ...gate, 400: 'A parameter is unknown, repeated or invalid (named)', 403: 'Not a report reader, or a region or location outside the caller\'s (named)' },
    },
  },
  '/quality-checks/samples/{sample}': {
    get: { summary: 'One of the caller\'s samples with its records (person masked: initials and masked id) and their scores. Audited', success: [200, 'The sample with records'], refusals: sampleGate },
  },
  '/quality-checks/samples/{sample}/records/{record}': {
    get: { summary: 'A record drawn into the caller\'s sample, read-only: person masked, everything else as printed (the print view model). Audited', success: [200, 'The masked record with its view model'], refusals: sampleGate },
  },
  '/quality-checks/samples/{sample}/records/{record}/print': {
    get: { summary: 'The masked record as its printable HTML page. Audited', success: [200, 'text/html'], refusals: sampleGate },
  },
  '/quality-checks/samples/{sample}/records/{record}/score': {
    put: { summary: 'Score the sampled record with the quality-check form (forms/quality-check.json rubric); replaces an earlier score of it. Audited', body: 'ScoreRecord', success: [200, 'The stored score'], refusals: { ...sampleGate, 400: 'The body is not {answers}', 403: 'The caller\'s role may not fill the quality-check form', 422: 'Answers the quality-check form refuses, or mandatory ones missing (pointers named)' } },
  },
};
