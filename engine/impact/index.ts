/** Impact of a new form version on past confirmed records: browser-safe, no I/O (the caller streams records in). */
export { impactOf, impactTally, percent, type ImpactReport, type ImpactTally, type IncompleteQuestion, type DroppedQuestion } from './tally.ts';
export { recheckRecord, type RecordImpact, type DropReason } from './recheck.ts';
export { renderImpactText, dropReasonWords } from './render.ts';
