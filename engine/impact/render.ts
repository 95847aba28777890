/** An impact report in words, for the CLI and for papers. */
import type { ImpactReport } from './tally.ts';

const REASON_WORDS = { notAsked: 'no longer asked', hidden: 'hidden by the new follow-up conditions', invalid: 'not a valid answer now' } as const;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export function dropReasonWords(reason: keyof typeof REASON_WORDS): string {
  return REASON_WORDS[reason];
}

/** `since`: the first day counted, as the caller gave it. */
export function renderImpactText(report: ImpactReport, since: string): string {
  const { incomplete, answers } = report;
  const versions = Object.entries(report.versions).map(([v, n]) => `${n} of ${v}`).join(', ');
  const lines = [
    `Impact of ${report.form} ${report.version} on ${plural(report.records, 'confirmed record')} of other versions confirmed since ${since}${versions ? ` (${versions})` : ''}`,
    '',
  ];
  if (report.records === 0) return [...lines, 'No records to re-check.', ''].join('\n');
  lines.push(`Would have been incomplete: ${incomplete.records} of ${report.records} records (${incomplete.percent}%)`);
  for (const q of incomplete.questions) lines.push(`  ${q.sectionTitle}: '${q.title}' missing in ${plural(q.records, 'record')} (${q.percent}%)`);
  lines.push(
    '',
    `Answers: ${answers.total}; kept ${answers.kept}; dropped ${answers.dropped} (${answers.droppedPercent}%); carried by prefill ${answers.carried} (${answers.carriedPercent}%)`,
  );
  for (const d of answers.droppedQuestions) lines.push(`  '${d.title}': ${plural(d.answers, 'answer')} dropped, ${dropReasonWords(d.reason)} (${d.percent}% of records)`);
  return [...lines, ''].join('\n');
}
