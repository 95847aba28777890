/** OpenAPI operations of the regional forums' reports (server/routes/reports.ts); docs/reports.md explains each measure. */
import type { Operation } from './openapi.ts';

const refusals = { 401: 'Not signed in', 400: 'A parameter is unknown, repeated or invalid (fields names it)', 403: 'Not a report reader (the reports privilege, roles.json), or a region or location outside the caller\'s (fields names it)' };

export const reportRoutes: Record<string, Record<string, Operation>> = {
  '/reports/quality': {
    get: {
      summary: 'PER quality measures per group, for the caller\'s regions; JSON { form, by, minCount, thinDetailCharacters, rows }, or CSV (the same figures) with Accept: text/csv. Groups of fewer than REPORT_MIN_COUNT records show only "fewer than N". Audited.',
      success: [200, 'The report'],
      refusals,
      query: [
        { name: 'form', description: 'Form name (required)', required: true },
        { name: 'by', description: 'Grouping: region (default), location (sending), version, month (of the move), all', required: false },
        { name: 'from', description: 'First move date, YYYY-MM-DD', required: false },
        { name: 'to', description: 'Last move date, YYYY-MM-DD, not before from', required: false },
        { name: 'region', description: 'One region code, among the caller\'s', required: false },
        { name: 'location', description: 'One sending location code, in the caller\'s regions', required: false },
        { name: 'version', description: 'One version of the form', required: false },
      ],
    },
  },
  '/reports/pilots': {
    get: { summary: 'Rollout rules (pilots) touching the caller\'s regions, with how many records their version has at their locations in their period ("fewer than N" when few). Audited.', success: [200, '{ pilots: [...] }'], refusals },
  },
  '/activity': {
    get: {
      summary: 'Who asked for which report, newest first, with the parameters and the answer\'s status (the audit privilege, roles.json, only)',
      success: [200, '{ entries: [...] }'],
      refusals: { 401: 'Not signed in', 400: 'limit is not 1 to 1000, or an unknown parameter', 403: 'Not allowed to read the activity log' },
      query: [
        { name: 'limit', description: 'At most this many entries, 1 to 1000 (default 100)', required: false },
        { name: 'before', description: 'Only entries before this ISO time (to page back)', required: false },
      ],
    },
  },
};
