/**
 * What changed between two versions of a form definition, as a steering group reads it. Questions are
 * matched by key across versions (as prefill carries answers); a list item field by "<list>/<field>".
 */
import { DIFF_ENGLISH } from './text.ts';

export const CHANGE_KINDS = [
  'formWordingChanged', 'settingChanged',
  'sectionAdded', 'sectionRemoved', 'sectionTitleChanged', 'sectionHintChanged', 'sectionRolesChanged', 'sectionConfirmationChanged',
  'questionAdded', 'questionRemoved', 'questionMoved', 'kindChanged',
  'titleChanged', 'hintChanged', 'optionAdded', 'optionRemoved', 'optionChanged',
  'shownWhenChanged', 'followUpPageChanged', 'nowMandatory', 'noLongerMandatory', 'mandatoryConditionChanged',
  'flagAdded', 'flagRemoved', 'flagLevelChanged', 'flagChanged',
  'prefillAdded', 'prefillRemoved',
  'answerRuleChanged', 'errorMessageChanged',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The groups a summary counts changes under, in the order they are shown; each headed by diff.group.<group>. */
export const CHANGE_GROUP_ORDER = ['added', 'removed', 'moved', 'wording', 'mandatory', 'asked', 'flags', 'prefill', 'answers', 'sections', 'form'] as const;
export type ChangeGroup = (typeof CHANGE_GROUP_ORDER)[number];

/** The headings in English ("Questions added"), for the CLI and the API's readers. */
export const CHANGE_GROUPS = Object.fromEntries(CHANGE_GROUP_ORDER.map((group) => [group, DIFF_ENGLISH(`diff.group.${group}`)])) as Record<ChangeGroup, string>;

export const GROUP_OF: Record<ChangeKind, ChangeGroup> = {
  formWordingChanged: 'form', settingChanged: 'form',
  sectionAdded: 'sections', sectionRemoved: 'sections', sectionTitleChanged: 'sections', sectionHintChanged: 'sections',
  sectionRolesChanged: 'sections', sectionConfirmationChanged: 'sections',
  questionAdded: 'added', questionRemoved: 'removed', questionMoved: 'moved', kindChanged: 'answers',
  titleChanged: 'wording', hintChanged: 'wording', optionAdded: 'wording', optionRemoved: 'wording', optionChanged: 'wording',
  shownWhenChanged: 'asked', followUpPageChanged: 'asked', nowMandatory: 'mandatory', noLongerMandatory: 'mandatory', mandatoryConditionChanged: 'mandatory',
  flagAdded: 'flags', flagRemoved: 'flags', flagLevelChanged: 'flags', flagChanged: 'flags',
  prefillAdded: 'prefill', prefillRemoved: 'prefill',
  answerRuleChanged: 'answers', errorMessageChanged: 'answers',
};

export interface Change {
  kind: ChangeKind;
  /** Section key the change belongs to: the new version's, or the old one's for what was removed; "" for the whole form. */
  section: string;
  sectionTitle: string;
  /** Question key ("violent"), or "<list>/<field>" for a field of a list item ("medication/dose"). */
  question?: string;
  questionTitle?: string;
  /** JSON pointers into the old (from) and new (to) definitions. */
  pointers: { from?: string; to?: string };
  before?: unknown;
  after?: unknown;
  /** The change in plain words, in the language the diff was asked in (English by default). */
  sentence: string;
}

export interface SectionChanges {
  section: string;
  title: string;
  changes: Change[];
}

export interface DefinitionDiff {
  form: string;
  title: string;
  from: string;
  to: string;
  changes: Change[];
  /** Changes per summary heading (headings with none are left out). */
  counts: Partial<Record<ChangeGroup, number>>;
  /** Read in another language: the titles and labels quoted in English because a version has no translation of them. */
  inEnglish?: string[];
}
