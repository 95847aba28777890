/**
 * The report's own labels in the page's language: the report API names groups and questions in English
 * (its callers read codes), so the pages relabel rows by their group code and questions by their pointer,
 * from the places' translations and each form version's translation.
 */
import { formatDate } from '../../../engine/display.ts';
import type { Translate } from '../../../engine/i18n/translator.ts';
import type { QualityQuery } from '../../../engine/reports/types.ts';
import type { AppContext } from '../../app-context.ts';
import { groupQuestions } from '../../reports/quality.ts';

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
