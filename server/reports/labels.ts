/**
 * The quality report's words in the reader's language, for the API (JSON and CSV) and the pages alike:
 * the engine names groups and questions in English, so rows are relabelled by their group code and
 * questions by their pointer, from the places' translations and each form version's translation, and a
 * small group's count is said in the language. Codes and figures are unchanged.
 */
import { formatDate } from '../../engine/display.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import type { QualityQuery, QualityReport, QualityRow } from '../../engine/reports/types.ts';
import type { AppContext } from '../app-context.ts';
import { groupQuestions } from './quality.ts';

export interface ReportLabels {
  group(code: string, english: string): string;
  question(pointer: string, english: string): string;
}

export function reportLabels(context: AppContext, query: Pick<QualityQuery, 'form' | 'version' | 'by'>, language: string, t: Translate): ReportLabels {
  const places = context.forms.locationsIn(language);
  const questions = new Map<string, string>();
  // Newest wording last, so it wins, as the report's own labels do.
  for (const version of (context.forms.list().find((f) => f.name === query.form)?.versions ?? []).filter((v) => query.version === undefined || v === query.version)) {
    const model = (context.forms.localised(query.form, version, language) ?? context.forms.get(query.form, version)!).compiled.model;
    for (const section of model.sections) groupQuestions(section, section.key, questions);
  }
  return {
    group(code, english) {
      switch (query.by) {
        case 'region': return places.regions.find((r) => r.code === code)?.name ?? english;
        case 'location': return places.locations.find((l) => l.code === code)?.name ?? english;
        case 'month': return formatDate(`${code}-01`, t).replace(/^1 /, '');
        case 'all': return t('reports.by.all');
        default: return english;
      }
    },
    question: (pointer, english) => questions.get(pointer) ?? english,
  };
}

/** A row in the reader's language: its group's name, a small group's count and its questions' titles. */
export function rowIn<T extends QualityRow>(row: T, labels: ReportLabels, minCount: number, t: Translate): T {
  const label = labels.group(row.group, row.label);
  if (row.suppressed) return { ...row, label, started: t('reports.fewerThan', { min: minCount }) };
  return { ...row, label, questions: row.questions.map((q) => ({ ...q, label: labels.question(q.pointer, q.label) })) };
}

export function reportIn(report: QualityReport, labels: ReportLabels, t: Translate): QualityReport {
  return { ...report, rows: report.rows.map((row) => rowIn(row, labels, report.minCount, t)) };
}
