/**
 * The definitions registry's part of the storage contract: published form versions (immutable, keyed
 * by name and version, carrying the hash of their content), policy teams' drafts, the rollout with its
 * history, and proposed pilot rules. Definitions and rollouts are kept as JSON text, so their "$schema"
 * and "$defs" keys never become database keys. Composed into `Store` (types.ts).
 */
import type { RolloutRule } from '../../engine/rollout.ts';

export interface PublishedVersion {
  name: string;
  version: string;
  /** Hex sha256 of `definition`. */
  hash: string;
  /** The definition as JSON text, exactly as published. */
  definition: string;
  publishedAt: string;
  /** Who approved it, or "forms/<name>/<version>.json" for a file imported at start. */
  publishedBy: string;
  /** The draft it was approved from (none for an imported file). */
  draftId?: string;
}

/**
 * What the registry needs to know whether its cached copies (versions, rollout, translations) are still
 * current, asked of the store in one query before each request: each number only ever grows.
 */
export interface RegistryStamp {
  versions: number;
  rolloutRevision: number;
  /** Grows with every change of any translation. */
  translations: number;
}

export type DraftState = 'draft' | 'submitted' | 'approved' | 'rejected';

/** One thing that happened to a draft or proposal: who, when, what, with anything worth keeping. */
export interface HistoryEvent {
  at: string;
  user: string;
  action: string;
  revision?: number;
  detail?: unknown;
}

export interface StoredDraft {
  id: string;
  /** Form name and version the definition declares (x-form); kept beside it for lists. */
  name: string;
  version: string;
  /** The definition as JSON text. */
  definition: string;
  /** Bumped by the store on every change. */
  revision: number;
  state: DraftState;
  basedOn?: { form: string; version: string };
  createdBy: string;
  createdAt: string;
  /** Who submitted it and at which revision (an approval checks it has not changed since). */
  submitted?: { by: string; at: string; revision: number };
  decided?: { by: string; at: string; reason?: string };
  /** What the approver was shown when they approved: the checker's result, diff and impact. */
  approval?: unknown;
  history: HistoryEvent[];
}

/** The fields an update of a draft may change; the store bumps `revision` and appends `event`. */
export type DraftChange = Partial<Pick<StoredDraft, 'name' | 'version' | 'definition' | 'state' | 'submitted' | 'decided' | 'approval'>>;

export interface StoredRollout {
  /** 1 for the first rollout, then one more per change. */
  revision: number;
  /** The rollout (shape of forms/schemas/rollout.schema.json) as JSON text. */
  rollout: string;
  at: string;
  by: string;
  reason: string;
}

export type ProposalState = 'proposed' | 'approved' | 'rejected';

export interface StoredRolloutProposal {
  id: string;
  form: string;
  rule: RolloutRule;
  state: ProposalState;
  proposedBy: string;
  proposedAt: string;
  decided?: { by: string; at: string; reason?: string; rolloutRevision?: number };
}

export interface DefinitionsStore {
  /**
   * Publishes a version. Publishing the same name, version and hash again changes nothing and returns
   * false; another hash under a published name and version throws DuplicateError (versions never change).
   */
  publishVersion(version: PublishedVersion): Promise<boolean>;
  getPublishedVersion(name: string, version: string): Promise<PublishedVersion | null>;
  /** Every published version without its definition text, in the order they were published. */
  listPublishedVersions(): Promise<Omit<PublishedVersion, 'definition'>[]>;
  registryStamp(): Promise<RegistryStamp>;

  createDraft(draft: StoredDraft): Promise<void>;
  getDraft(id: string): Promise<StoredDraft | null>;
  /** Drafts newest first, without their definition text. */
  listDrafts(): Promise<Omit<StoredDraft, 'definition'>[]>;
  /** Applies the change only if the draft's revision is still `expectedRevision`; null otherwise. */
  updateDraft(id: string, expectedRevision: number, change: DraftChange, event: HistoryEvent): Promise<StoredDraft | null>;
  /**
   * In one step: marks the draft approved (only if it is still `expectedRevision` and submitted) and
   * publishes `version`. Null when the draft moved on; DuplicateError (nothing changed) when the name and
   * version are already published.
   */
  approveDraft(id: string, expectedRevision: number, change: DraftChange, event: HistoryEvent, version: PublishedVersion): Promise<StoredDraft | null>;

  /** The current rollout, or null before the first one is put. */
  getRollout(): Promise<StoredRollout | null>;
  /** Every rollout, oldest first. */
  rolloutHistory(): Promise<StoredRollout[]>;
  /** Stores the next rollout only if the current revision is still `expectedRevision` (0: none yet); null otherwise. */
  putRollout(next: Omit<StoredRollout, 'revision'>, expectedRevision: number): Promise<StoredRollout | null>;

  createRolloutProposal(proposal: StoredRolloutProposal): Promise<void>;
  getRolloutProposal(id: string): Promise<StoredRolloutProposal | null>;
  listRolloutProposals(): Promise<StoredRolloutProposal[]>;
  /**
   * In one step: decides a proposal still 'proposed' and, when `next` is given, stores it as the next
   * rollout if the current revision is still `expectedRevision`. Null (nothing changed) when either moved on.
   */
  decideRolloutProposal(id: string, decided: Pick<StoredRolloutProposal, 'state' | 'decided'>, next?: { rollout: Omit<StoredRollout, 'revision'>; expectedRevision: number }): Promise<StoredRolloutProposal | null>;
}
