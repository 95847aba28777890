// The catalogue (shared/domain/per-catalogue.md) as a table: each topic, the question key that asks it,
// its kind, whether it is prefilled, the flags it raises and the form versions that ask it.

const PER1 = 'per/1.0.0';
const PER2 = 'per/2.0.0';
const LOCAL = 'per-local/1.0.0';
const SASH = 'sash/1.0.0';
const NATIONAL = [PER1, PER2];
const NATIONAL_AND_LOCAL = [PER1, PER2, LOCAL];
const SELF_HARM = [PER1, PER2, LOCAL, SASH];
const SASH_SECTION = [PER2, SASH];

export interface Topic {
  topic: string;
  key: string;
  kind: string;
  prefill: boolean;
  /** [value, level] for every flag the catalogue lists. */
  flags?: [string, string][];
  /** The catalogue's "details": a mandatory longText `<key>Details` opened by Yes. */
  details?: boolean;
  /** The catalogue's "details per choice": a mandatory longText opened by each choice except an exclusive one ("none"). */
  choiceDetails?: boolean;
  forms: string[];
}

const t = (topic: string, key: string, kind: string, prefill: boolean, forms: string[], extra: Partial<Topic> = {}): Topic =>
  ({ topic, key, kind, prefill, forms, ...extra });
const yes = (level: string): Partial<Topic> => ({ flags: [['yes', level]], details: true });

export const CATALOGUE: Topic[] = [
  // Section 1. Risk
  t('high public interest', 'highPublicInterest', 'yesNo', true, NATIONAL, yes('alert')),
  t('violent or dangerous', 'violent', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  t('gang member or organised crime', 'organisedCrime', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  t('stalker, harasser or intimidator', 'stalker', 'yesNo', true, NATIONAL, yes('alert')),
  t('escape risk', 'escapeRisk', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  t('civil disorder', 'civilDisorder', 'yesNo', true, NATIONAL, yes('alert')),
  t('must be held separately', 'holdSeparately', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  t('at risk from other people', 'atRiskFromOthers', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  t('risk to others', 'riskToOthers', 'multipleChoice', true, NATIONAL_AND_LOCAL, {
    choiceDetails: true,
    flags: ['staff', 'women', 'lgb', 'transgender', 'otherEthnicities', 'otherReligions', 'otherGroup'].map((c) => [c, 'alert']),
  }),
  t('indication of self-harm or suicide', 'selfHarmIndicated', 'yesNo', true, SELF_HARM),
  t('observation level', 'observationLevel', 'singleChoice', false, SELF_HARM, {
    flags: ['hourly', 'every30', 'every15', 'every10', 'every5', 'cctv', 'constant', 'other'].map((c) => [c, 'warning']),
  }),
  t('nature of self-harm concern / reasons for concern', 'selfHarmConcerns', 'multipleChoice', true, SELF_HARM, {
    choiceDetails: true,
    flags: ['statedIntent', 'previousAttempts', 'openAcct', 'badNews', 'mentalIllness', 'firstTimeInCustody', 'withdrawal',
      'seriousCharge', 'other'].map((c) => [c, 'alert']),
  }),
  t('history of self-harm', 'selfHarmHistory', 'yesNo', true, SELF_HARM),
  // The catalogue marks the history row P, but seed 001 (the digital PER FAQ) lists "how recently did
  // self-harm occur" among the answers most likely to change between moves that are not prefilled: the
  // FAQ, the more specific source, wins for the date; the rest of the history row is prefilled.
  t('when they last harmed themselves', 'selfHarmLastDate', 'date', false, SELF_HARM),
  t('method of self-harm', 'selfHarmMethods', 'multipleChoice', true, SELF_HARM),
  // Also the SASH section's "action taken" (2.0.0 and the standalone SASH), with the same key so it prefills across them.
  t('action taken (self-harm)', 'selfHarmActions', 'multipleChoice', true, SELF_HARM, { flags: [['openAcct', 'alert']], choiceDetails: true }),
  t('concealed items', 'concealedItems', 'yesNo', true, NATIONAL_AND_LOCAL, { flags: [['yes', 'alert']] }),
  t('which concealed items', 'concealedItemTypes', 'multipleChoice', true, NATIONAL_AND_LOCAL, { choiceDetails: true }),
  t('communication needs', 'communicationNeeds', 'yesNo', true, NATIONAL, yes('alert')),
  t('next of kin known', 'nextOfKinKnown', 'yesNo', true, NATIONAL, yes('information')),
  t('religious or cultural needs', 'religiousNeeds', 'yesNo', true, NATIONAL, yes('information')),
  t('any other risk', 'otherRisk', 'yesNo', true, NATIONAL_AND_LOCAL, yes('alert')),
  // Section 2. Offence
  t('release status', 'releaseStatus', 'singleChoice', true, NATIONAL, { flags: [['notForRelease', 'alert']] }),
  t('hostage taker', 'hostageTaker', 'yesNo', true, NATIONAL, yes('alert')),
  t('current or previous sex offence', 'sexOffence', 'yesNo', true, NATIONAL, yes('alert')),
  t('terrorism-related offence', 'terrorismOffence', 'yesNo', true, NATIONAL, yes('alert')),
  t('arsonist', 'arsonist', 'yesNo', true, NATIONAL, yes('alert')),
  t('current offences', 'currentOffences', 'longText', true, NATIONAL),
  t('foreign national', 'foreignNational', 'yesNo', true, NATIONAL, { flags: [['yes', 'information']] }),
  t('nationality', 'nationality', 'text', true, NATIONAL),
  t('subject to immigration detention', 'immigrationDetention', 'yesNo', false, NATIONAL),
  // Section 3. Health
  t('any health issues', 'healthIssues', 'yesNo', true, NATIONAL_AND_LOCAL, { flags: [['yes', 'attention']] }),
  t('wheelchair user', 'wheelchairUser', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('pregnant', 'pregnant', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('travelling with a child', 'travellingWithChild', 'yesNo', false, NATIONAL_AND_LOCAL, { flags: [['yes', 'alert']] }),
  t("child's name", 'childName', 'text', false, NATIONAL_AND_LOCAL),
  t("child's date of birth", 'childDateOfBirth', 'date', false, NATIONAL_AND_LOCAL),
  t('physical health needs', 'physicalHealthNeeds', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('mental health needs', 'mentalHealthNeeds', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('sensitive medical information in a sealed envelope', 'sealedEnvelope', 'yesNo', true, NATIONAL_AND_LOCAL, { flags: [['yes', 'attention']] }),
  t('prescribed medication', 'prescribedMedication', 'yesNo', true, NATIONAL_AND_LOCAL, { flags: [['yes', 'attention']] }),
  t('medication list', 'medication', 'list', true, NATIONAL_AND_LOCAL),
  t('medicine name', 'name', 'text', true, NATIONAL_AND_LOCAL),
  t('how given', 'howGiven', 'text', true, NATIONAL_AND_LOCAL),
  t('dose', 'dose', 'text', true, NATIONAL_AND_LOCAL),
  t('how often', 'frequency', 'text', false, NATIONAL_AND_LOCAL),
  t('last given', 'lastGiven', 'dateTime', false, NATIONAL_AND_LOCAL),
  t('next due', 'nextDue', 'dateTime', false, NATIONAL_AND_LOCAL),
  t('needed while moving', 'neededWhileMoving', 'yesNo', false, NATIONAL_AND_LOCAL, { flags: [['yes', 'attention']] }),
  t('carried by', 'carriedBy', 'singleChoice', false, NATIONAL_AND_LOCAL),
  t('referred to a health professional', 'referredToHealthProfessional', 'yesNo', true, NATIONAL_AND_LOCAL, { details: true }),
  t('alcohol withdrawal', 'alcoholWithdrawal', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('drug or other dependency', 'drugDependency', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('special diet or allergy', 'specialDiet', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('help with personal tasks (social care need)', 'personalCareNeeds', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('female hygiene kit needed', 'femaleHygieneKit', 'yesNo', true, NATIONAL_AND_LOCAL),
  t('needs a special vehicle', 'specialVehicle', 'yesNo', true, NATIONAL_AND_LOCAL, yes('warning')),
  t('any other health information', 'otherHealthInfo', 'yesNo', true, NATIONAL_AND_LOCAL, yes('attention')),
  t('contact for more health information', 'healthContact', 'longText', false, NATIONAL_AND_LOCAL),
  // Section 4. Property
  t('property being moved', 'propertyMoving', 'yesNo', false, NATIONAL_AND_LOCAL),
  t('property being kept back', 'propertyKeptBack', 'yesNo', false, NATIONAL),
  t("property in the person's possession", 'propertyInPossession', 'yesNo', false, NATIONAL, { details: true }),
  t('bags', 'bags', 'list', false, NATIONAL_AND_LOCAL),
  t('seal number', 'sealNumber', 'text', false, NATIONAL_AND_LOCAL),
  t('bag contents', 'contents', 'multipleChoice', false, NATIONAL_AND_LOCAL),
  t('UK cash in pounds', 'cashAmount', 'number', false, NATIONAL_AND_LOCAL),
  // Section 5. Suicide and self-harm warning
  t('what happened', 'sashWhatHappened', 'longText', true, SASH_SECTION),
  t('when it happened', 'sashWhenHappened', 'dateTime', true, SASH_SECTION),
  t('source of the information', 'sashSource', 'text', true, SASH_SECTION),
  t('action taken, in words (optional, beside the choices of selfHarmActions)', 'sashActionTaken', 'longText', true, SASH_SECTION),
  t('raised by: name', 'sashRaisedByName', 'text', false, SASH_SECTION),
  t('raised by: role', 'sashRaisedByRole', 'text', false, SASH_SECTION),
  t('raised by: location', 'sashRaisedByLocation', 'text', false, SASH_SECTION),
  t('raised by: date and time', 'sashRaisedAt', 'dateTime', false, SASH_SECTION),
  // Local moves
  t('reason for the local move', 'localMoveReason', 'singleChoice', false, [LOCAL]),
];

/**
 * Questions never prefilled; no definition may mark them. Most are the catalogue's "no" rows and the
 * FAQ's answers likely to change between moves (selfHarmLastDate: see its topic above). Who raised a
 * SASH warning and when is about that warning: carried into a new one it would claim the previous
 * officer raised it.
 */
export const NOT_PREFILLED = ['frequency', 'lastGiven', 'nextDue', 'neededWhileMoving', 'carriedBy', 'travellingWithChild',
  'childName', 'childDateOfBirth', 'observationLevel', 'observationLevelDetails', 'healthContact', 'selfHarmLastDate',
  'sashRaisedByName', 'sashRaisedByRole', 'sashRaisedByLocation', 'sashRaisedAt'];

/** Sections whose every question is never prefilled. */
export const NOT_PREFILLED_SECTIONS = ['property'];

export const EVENT_TYPES = ['medicationGiven', 'meal', 'incident', 'selfHarm', 'useOfForce', 'medicalEmergency', 'propertyChange', 'handover'];

/**
 * The form versions the catalogue pins ("per/2.0.0"). Policy tests hold these to today's rules; a form
 * or version added later is held to the generic rules only, so adding one never breaks them.
 */
export const CATALOGUED = new Set(CATALOGUE.flatMap((topic) => topic.forms));
