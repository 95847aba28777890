/**
 * The engine's public data shapes. The server, the web components and the print view all speak these.
 * Answers are stored by section, then by question key: { risk: { violent: "yes", violentDetails: "…" } }.
 * A pointer names one answer: "/risk/violent", or a field inside a list item: "/health/medication/0/dose".
 */
import type { FlagLevel, QuestionKind, Role } from './vocabulary/index.ts';
import type { ListNoun } from './list-noun.ts';

export type { FlagLevel, QuestionKind, Role } from './vocabulary/index.ts';

export type AnswerValue = string | number | boolean | string[] | ListItem[];
export type ListItem = Record<string, AnswerValue>;
export type SectionAnswers = Record<string, AnswerValue>;
export type Answers = Record<string, SectionAnswers>;

/** A value in a checker problem's words: plain, or words of its own said in the same language ("question \"violent\""). */
export type ProblemParam = string | number | ProblemWords;

/** A message by key in forms/locales/<lang>/checker.json, with what fills its placeholders. */
export interface ProblemWords {
  key: string;
  params?: Readonly<Record<string, ProblemParam>>;
}

/** One problem in a definition, as reported by `form-engine validate` and by compileForm. */
export interface DefinitionProblem {
  /** JSON pointer into the definition, "" for the root. */
  pointer: string;
  /** In English unless said in a reader's language (engine/check/words.ts problemsIn). */
  message: string;
  /** The checker's key for this problem (forms/locales/<lang>/checker.json), stable for clients to match on. */
  code?: string;
  params?: ProblemWords['params'];
}

/** One problem with answers. `message` is the definition's plain-English wording. */
export interface AnswerError {
  section: string;
  /** Question key (for a list item field: the field's key). */
  question: string;
  /** Pointer to the answer: "/risk/violentDetails" or "/health/medication/0/dose". */
  pointer: string;
  /** The rule that failed: "required", "maxLength", "hidden", "unknown", "uniqueItemKey", ... */
  rule: string;
  message: string;
}

export interface AnswerCheck {
  /** Wrong type or format, unknown question, answer to a hidden question: refused even in a draft. */
  invalid: AnswerError[];
  /** Mandatory answers missing: allowed in a draft, blocks confirmation. */
  incomplete: AnswerError[];
}

export type SectionStatus = 'notStarted' | 'inProgress' | 'complete';

export interface RaisedFlag {
  level: FlagLevel;
  label: string;
  section: string;
  /** Pointer of the answer that raised it. */
  pointer: string;
  /** The value that raised it. */
  value: string | number | boolean;
}

/** Where a prefilled answer came from, and whether someone has reviewed it since. */
export interface PrefillMark {
  sourceRecordId: string;
  sourceForm: string;
  sourceVersion: string;
  /** When the source record was confirmed (ISO date-time). */
  confirmedAt: string;
  needsReview: boolean;
  reviewedBy?: string;
  reviewedAt?: string;
}

export type LifecycleState = 'draft' | 'complete' | 'confirmed' | 'handedOver' | 'cancelled';

export interface Move {
  id: string;
  type: string;
  from: string;
  to: string;
  date: string;
}

export interface Person {
  id: string;
  name: string;
  dateOfBirth: string;
}

export type { Acknowledgement, EventEntry, Handover, Officer, RedFlagEntry } from './entry-types.ts';
import type { EventEntry, Handover, RedFlagEntry } from './entry-types.ts';

/** A record of one form for one move. The engine's lifecycle functions take and return these. */
export interface FormRecord {
  id: string;
  form: string;
  version: string;
  move: Move;
  person: Person;
  state: LifecycleState;
  answers: Answers;
  /** Keyed by answer pointer. */
  prefill: Record<string, PrefillMark>;
  /** Incremented by every change to the record. */
  revision: number;
  /** Revision at which each answer pointer (top-level question of a section) was last changed. */
  answerRevisions: Record<string, number>;
  /** `name`: the confirmer's display name then; a legal record does not change when an account is renamed. */
  confirmed?: { at: string; by: string; name?: string };
  cancelled?: { at: string; by: string; reason?: string };
  handovers: Handover[];
  events: EventEntry[];
  redFlags: RedFlagEntry[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** What the web components and the print view render. Built by buildViewModel. */
export interface ViewModel {
  form: { name: string; version: string; title: string; redFlagPage: boolean; eventTypes: { const: string; title: string }[] };
  state: LifecycleState;
  sections: SectionView[];
  flags: RaisedFlag[];
  /** Derived alert flags and free red flag entries together, each acknowledgeable at handover. */
  redFlags: RedFlagView[];
  /** Reasons confirmation would be refused now; empty when it may go ahead. */
  confirmBlockers: string[];
  /** The same, grouped by section with who can fix each group, each blocker naming its answer. */
  confirmBlockerGroups: ConfirmBlockerGroup[];
  /** What the viewer (the roles given; none for print) may do with the record now. */
  affordances: RecordAffordances;
  /** Set when the view model was built for given roles: whether those roles may confirm. */
  canConfirm?: boolean;
  /** With roles: whether they may add handovers, events and red flags (x-form.entryRoles). */
  canAddEntries?: boolean;
  /** With roles: whether they may cancel the record (x-form.cancelRoles). */
  canCancel?: boolean;
}

export interface RedFlagView {
  id: string;
  risk: string;
  source: 'answer' | 'entry';
  /** For a flag raised by an answer: the answers to the follow-ups it opened ("Give details ...: ..."). */
  details?: string[];
  identifiedBy?: string;
  at?: string;
}

export interface SectionView {
  key: string;
  title: string;
  description?: string;
  status: SectionStatus;
  editRoles: Role[];
  requiredForConfirmation: boolean;
  /** Set when the view model was built for given roles: whether those roles may save this section. */
  canEdit?: boolean;
  questions: QuestionView[];
  errors: AnswerError[];
  /** Answers carried over from an earlier record that nobody has reviewed yet ("Check 16 answers"). */
  awaitingReview: number;
  /** Follow-ups asked on their own page (x-page), in the order they come after the question page. */
  pages: FollowUpPageView[];
}

/** A page of follow-ups (x-page): its questions are also listed under the answer that opens them, marked `page`. */
export interface FollowUpPageView {
  /** The key of its first question: stable, unique in the form. */
  key: string;
  title: string;
  description?: string;
  /** Pointer of the question whose answer opens the page. */
  opener: string;
  /** The page is open for the current answers: "Continue" on the question page leads to it. */
  open: boolean;
  questions: QuestionView[];
}

export interface ChoiceView {
  value: string;
  label: string;
  hint?: string;
  /**
   * x-exclusive: this choice ("No action taken") is ticked on its own. Checkboxes show it after an "or"
   * divider with GOV.UK's exclusive behaviour (ticking it unticks the others and the reverse).
   */
  exclusive?: true;
  /**
   * Follow-up questions revealed under this choice (GOV.UK conditional reveal). A follow-up opened by
   * several choices (an `enum` condition) is listed under each of them.
   */
  followUps: QuestionView[];
}

export interface QuestionView {
  key: string;
  pointer: string;
  kind: QuestionKind;
  label: string;
  hint?: string;
  /** Answers offered as the user types (any text still allowed), e.g. the names of locations. */
  suggestions?: string[];
  /** Whether the question shows for the current answers (follow-ups are listed even while hidden). */
  visible: boolean;
  mandatory: boolean;
  value?: AnswerValue;
  /** Human-readable answer for summaries and print ("Yes", "Every 30 minutes", "3 March 2025"). */
  displayValue?: string;
  choices?: ChoiceView[];
  /** Follow-ups whose condition is not a simple choice (shown after the question). */
  followUps: QuestionView[];
  /** Set on a follow-up asked on its own page (x-page): that page's key. The question page leaves it out. */
  page?: string;
  errors: AnswerError[];
  flags: RaisedFlag[];
  prefill?: PrefillMark;
  maxLength?: number;
  /**
   * For lists: the item title and one entry per item (ordered by itemKey; `index` is the position in the
   * stored array, used in pointers), each with its field questions. itemTemplate holds a new item's
   * questions, with pointers like "/health/medication/-/name".
   */
  /** noun: how sentences name the items ("Add an officer", "2 officers"); see engine/list-noun.ts. */
  list?: { itemTitle: string; itemKey?: string; noun: ListNoun; minItems: number; items: { index: number; label: string; questions: QuestionView[] }[]; itemTemplate: QuestionView[] };
}

/** One thing that stops confirmation; `pointer` names the answer to change, when there is one. */
export interface ConfirmBlocker {
  kind: 'answer' | 'review' | 'role';
  message: string;
  pointer?: string;
}

/** Confirmation blockers of one section (or of the whole record), with the roles who can fix them. */
export interface ConfirmBlockerGroup {
  section?: { key: string; title: string };
  fixRoles: Role[];
  /** Set when built for given roles: whether the viewer can fix these themselves. */
  viewerCanFix?: boolean;
  /** The group in one sentence (missing answers of a section, or the role that may confirm). */
  summary?: string;
  blockers: ConfirmBlocker[];
}

/** The screens of a record's journey in the web components. */
export type RecordScreen = 'tasks' | 'section' | 'check' | 'locked' | 'cancel' | 'handover' | 'event' | 'redFlag';

/** What the viewer may do with the record now, from its state and their roles: the browser asks, never derives. */
export interface RecordAffordances {
  /** Answers can change now (the record is not yet confirmed or cancelled); each section's canEdit says by whom. */
  editable: boolean;
  /** The viewer may confirm the record now, once confirmBlockers is empty. */
  confirmable: boolean;
  /** The viewer may cancel the record now. */
  cancellable: boolean;
  /** The viewer may add handovers, events and red flags now. */
  entries: boolean;
  /** A handover (with its red flag acknowledgements) can still come: the record is not cancelled. */
  handoverAhead: boolean;
  /** The screens that make sense now; any other (a stale history entry) falls back to `home`. */
  screens: RecordScreen[];
  home: 'tasks' | 'locked';
}
