/** The OpenAPI description of the translations API (routes/translations.ts); schemas/openapi.ts spreads it in. */
import type { Operation } from '../schemas/openapi.ts';
import { whoMay } from '../../engine/vocabulary/roles.ts';
import { TRANSLATION_LANGUAGES } from '../../engine/i18n/index.ts';

const policy = { 401: 'Not signed in', 403: `Only ${whoMay('author')} read and write translations`, 400: `language is not one of ${TRANSLATION_LANGUAGES.join(', ')} (field language)` };
const view = '{form, version, draft?, language, revision (0: none of its own yet), source (saved | inherited: the file\'s or the draft\'s it was published from, or for a draft the version it started from | none), review, at?, by?, strings: [{pointer, kind, place, en, text?, translatedFrom?, state: translated | missing | stale}], extra: [{pointer, en}], counts: {total, missing, stale, extra}, history: [{at, user, revision, changes: [{pointer, old?, new?}]}]}';
const saving = {
  400: 'Invalid body, a pointer that is not a string staff read in this definition or given twice (field /strings/<n>/pointer), or an unknown language',
  409: 'Stale revision: someone saved since it was read (revision says which is current); nothing is lost',
  422: 'The definition would not pass the checker in this language (field /strings/<n>/text), e.g. a flag label too long',
};

export const translationOperations: Record<string, Record<string, Operation>> = {
  '/forms/{form}/versions/{version}/translations/{language}': {
    get: { summary: 'A published version\'s translation as served (saved in the store over the file beside the version): every string staff read with its English and what is missing or stale, and who changed what', success: [200, view], refusals: { ...policy, 404: 'No such version' } },
    put: { summary: 'Replace the version\'s translation at the revision read; served on every server\'s next request with no new version (answers are codes). Each change is kept: who, when, each string\'s old and new text', body: 'SaveTranslation', success: [200, view], refusals: { ...policy, 404: 'No such version', ...saving } },
  },
  '/drafts/{id}/translations/{language}': {
    get: { summary: 'A draft\'s translation (until it has its own, the translation of the version it started from), checked against the draft\'s English now', success: [200, view], refusals: { ...policy, 404: 'No such draft' } },
    put: { summary: 'Replace the draft\'s translation at the revision read; approving the draft publishes it with this translation', body: 'SaveTranslation', success: [200, view], refusals: { ...policy, 404: 'No such draft', ...saving, 409: `${saving[409]}; or the draft is already published: write the version's translation` } },
  },
};
