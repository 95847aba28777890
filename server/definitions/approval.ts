/**
 * What an approver is shown before approving a draft, and what the approval keeps: the checker's
 * result on exactly the text being published (by its hash) and the published version it replaces.
 * The diff and impact between the two are not here yet: the engine's diff (engine/diff/) has not
 * landed; when it does, its summary belongs in this record.
 */
import { compare, valid } from 'semver';
import type { DefinitionProblem } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import type { StoredDraft } from '../store/definitions-types.ts';
import { definitionProblems } from './draft-checks.ts';
import { definitionHash } from './hash.ts';

export interface ApprovalRecord {
  name: string;
  version: string;
  /** sha256 of the definition text reviewed. */
  hash: string;
  revision: number;
  problems: DefinitionProblem[];
  /** The newest published version of the same form, which this one follows (none for a new form). */
  previous: { version: string; hash: string } | null;
  basedOn: StoredDraft['basedOn'] | null;
}

export function approvalRecord(forms: FormsRegistry, draft: StoredDraft, definition: unknown): ApprovalRecord {
  const published = forms.list().find((f) => f.name === draft.name)?.versions.filter((v) => !valid(draft.version) || compare(v, draft.version) < 0) ?? [];
  const newest = published.at(-1);
  const previous = newest ? forms.get(draft.name, newest) : undefined;
  return {
    name: draft.name,
    version: draft.version,
    hash: definitionHash(draft.definition),
    revision: draft.revision,
    problems: definitionProblems(definition),
    previous: previous ? { version: previous.version, hash: previous.hash } : null,
    basedOn: draft.basedOn ?? null,
  };
}
