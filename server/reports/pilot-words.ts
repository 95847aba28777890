/**
 * The words of a pilot comparison in the reader's language, one home for the API and the pages: a
 * measure's name by its id (a question's measure as "<question>: <measure>"), the verdict by its kind.
 */
import { textIfAny } from '../../engine/i18n/optional-text.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import { QUESTION_PROPORTIONS, type MeasureComparison } from '../../engine/reports/compare.ts';

export function measureLabel(m: MeasureComparison, t: Translate): string {
  const [measure, pointer] = m.id.split(':');
  if (pointer === undefined) return textIfAny(t, `reports.measure.${m.id}`) ?? m.label;
  const words = QUESTION_PROPORTIONS.find((q) => q.measure === measure);
  const suffix = words ? `: ${words.label}` : '';
  if (!words || !m.label.endsWith(suffix)) return m.label;
  return t('reports.questionMeasure', { question: m.label.slice(0, -suffix.length), measure: t(`reports.questionMeasure.${measure}`) });
}

export function verdictText(m: MeasureComparison, minCount: number, than: string, t: Translate): string {
  return t(`reports.verdict.${m.verdict}`, { min: minCount, than });
}
