/**
 * What changed between two versions of a form definition, as a steering group reads it. Questions are
 * matched by key across versions (as prefill carries answers); a list item field by "<list>/<field>".
 */

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

/** The headings a summary counts changes under, in the order they are shown. */
export const CHANGE_GROUPS = {
  added: 'Questions added',
  removed: 'Questions removed',
  moved: 'Questions moved between sections',
  wording: 'Wording changed',
  mandatory: 'Mandatory rules changed',
  asked: 'When questions are asked',
  flags: 'Flags changed',
  prefill: 'Prefill changed',
  answers: 'Answer rules and messages changed',
  sections: 'Sections changed',
  form: 'Form settings changed',
} as const;
export type ChangeGroup = keyof typeof CHANGE_GROUPS;

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
  /** The change in plain English. */
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
}
