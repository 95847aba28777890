/**
 * What an approver is shown before approving a draft, and what the approval keeps: the checker's
 * result on exactly the text being published (by its hash); for a new version of a form, the diff
 * from the newest earlier published version (engine/diff: counts and the changes in words) and the
 * impact summary of the draft on the records confirmed in the last three months (engine/impact).
 */
import { compare, valid } from 'semver';
import type { DefinitionDiff } from '../../engine/diff/index.ts';
import { DIFF_ENGLISH } from '../../engine/diff/text.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import { TRANSLATION_LANGUAGES, type Translation } from '../../engine/i18n/translation.ts';
import { translationView } from '../../engine/i18n/translation-view.ts';
import { compileForm } from '../../engine/node.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { versionImpact } from '../steering/impact.ts';
import { versionsDiff } from '../steering/versions-diff.ts';
import { parseSince, threeMonthsAgo } from '../steering/since.ts';
import type { StoredDraft } from '../store/definitions-types.ts';
import type { Store } from '../store/types.ts';
import { draftSubject } from '../store/translations.ts';
import { definitionProblems } from './draft-checks.ts';
import { definitionHash } from './hash.ts';

export interface ApprovalRecord {
  name: string;
  version: string;
  /** sha256 of the definition text reviewed. */
  hash: string;
  revision: number;
  problems: DefinitionProblem[];
  /** The newest published version of the same form before this one (none for a new form). */
  previous: { version: string; hash: string } | null;
  basedOn: StoredDraft['basedOn'] | null;
  /** What changed since `previous`, in words in the reader's language, with counts per heading; `inEnglish`: titles quoted in English (the draft has no translation of them). */
  diff: { from: string; to: string; counts: DefinitionDiff['counts']; changes: string[]; inEnglish?: string[] } | null;
  /**
   * For each language the service speaks besides English, how many of the strings staff read the draft's
   * translation lacks or translated from older English (`untranslated`, of `total`): staff reading that
   * language would meet them in English. Published anyway if approved: approving is the policy team's call.
   */
  translations: { language: string; total: number; untranslated: number }[];
  /** How the records confirmed on other versions since `since` would have fared on this one. */
  impact: { since: string; records: number; incomplete: { records: number; percent: number }; answers: { total: number; kept: number; dropped: number; droppedPercent: number; carried: number; carriedPercent: number } } | null;
}

/** `t`: the reader's words; the approval keeps the changes as its approver read them. */
export async function approvalRecord(store: Store, forms: FormsRegistry, draft: StoredDraft, definition: unknown, t: Translate = DIFF_ENGLISH): Promise<ApprovalRecord> {
  const published = forms.list().find((f) => f.name === draft.name)?.versions.filter((v) => !valid(draft.version) || compare(v, draft.version) < 0) ?? [];
  const newest = published.at(-1);
  const previous = newest ? forms.get(draft.name, newest) : undefined;
  const problems = definitionProblems(definition);
  const ownTranslations = new Map(await Promise.all(TRANSLATION_LANGUAGES.map(async (language) => [language, (await store.getTranslation(draftSubject(draft.id), language))?.translation] as const)));
  const record: ApprovalRecord = {
    name: draft.name, version: draft.version, hash: definitionHash(draft.definition), revision: draft.revision, problems,
    previous: previous ? { version: previous.version, hash: previous.hash } : null, basedOn: draft.basedOn ?? null, diff: null, impact: null,
    translations: translationsOf(forms, draft, definition, ownTranslations),
  };
  // Diff and impact read a sound definition only.
  if (!previous || problems.length > 0) return record;
  const ownWords = ownTranslations.get(t('engine.language'));
  const diff = versionsDiff(forms, previous, { definition, ...(ownWords ? { translation: ownWords } : {}) }, t);
  const report = await versionImpact(store, forms, { name: draft.name, version: draft.version, compiled: compileForm(definition) }, parseSince(threeMonthsAgo()));
  const { incomplete, answers } = report;
  return {
    ...record,
    diff: { from: diff.from, to: diff.to, counts: diff.counts, changes: diff.changes.map((c) => c.sentence), ...(diff.inEnglish ? { inEnglish: diff.inEnglish } : {}) },
    impact: {
      since: report.since, records: report.records, incomplete: { records: incomplete.records, percent: incomplete.percent },
      answers: { total: answers.total, kept: answers.kept, dropped: answers.dropped, droppedPercent: answers.droppedPercent, carried: answers.carried, carriedPercent: answers.carriedPercent },
    },
  };
}

/** The draft's own translation in each language, else the one of the version it started from (as its Welsh page shows). */
function translationsOf(forms: FormsRegistry, draft: StoredDraft, definition: unknown, own: ReadonlyMap<string, Translation | undefined>): ApprovalRecord['translations'] {
  return TRANSLATION_LANGUAGES.map((language) => {
    const translation = own.get(language) ?? (draft.basedOn ? forms.translation(draft.basedOn.form, draft.basedOn.version, language) : undefined);
    const { counts } = translationView(definition, language, translation);
    return { language, total: counts.total, untranslated: counts.missing + counts.stale };
  });
}
