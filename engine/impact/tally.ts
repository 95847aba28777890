/**
 * The impact of a new version on past records, counted one record at a time so that any number of
 * records can be streamed through it: memory grows with the number of questions, never of records.
 */
import type { CompiledForm } from '../form.ts';
import type { PreviousRecord } from '../prefill.ts';
import { recheckRecord, type DropReason } from './recheck.ts';

export interface IncompleteQuestion {
  section: string;
  sectionTitle: string;
  /** Question key, or "<list>/<field>". */
  question: string;
  title: string;
  /** Records that would have lacked it. */
  records: number;
  /** Of the records checked. */
  percent: number;
}

export interface DroppedQuestion {
  question: string;
  title: string;
  reason: DropReason;
  /** Answers dropped (at most one per record). */
  answers: number;
  /** Of the records checked. */
  percent: number;
}

export interface ImpactReport {
  form: string;
  version: string;
  /** Records re-checked, and how many of each version. */
  records: number;
  versions: Record<string, number>;
  incomplete: { records: number; percent: number; questions: IncompleteQuestion[] };
  answers: {
    total: number;
    /** Still asked and valid under the new version. */
    kept: number;
    dropped: number;
    droppedPercent: number;
    /** Answers a new record for the same person would get prefilled (to be reviewed). */
    carried: number;
    carriedPercent: number;
    droppedQuestions: DroppedQuestion[];
  };
}

export const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 1000) / 10);

export interface ImpactTally {
  add(previous: PreviousRecord): void;
  report(): ImpactReport;
}

export function impactTally(target: CompiledForm): ImpactTally {
  let records = 0;
  let incompleteRecords = 0;
  let total = 0;
  let dropped = 0;
  let carried = 0;
  const versions: Record<string, number> = {};
  const incomplete = new Map<string, { section: string; question: string; records: number }>();
  const drops = new Map<string, { question: string; title: string; reason: DropReason; answers: number }>();

  return {
    add({ record, form }) {
      const impact = recheckRecord(target, record, form);
      records++;
      versions[record.version] = (versions[record.version] ?? 0) + 1;
      total += impact.answers;
      dropped += impact.dropped.length;
      carried += impact.carried.length;
      if (impact.incomplete.length > 0) incompleteRecords++;
      for (const { section, question } of impact.incomplete) {
        const id = `${section}/${question}`;
        const entry = incomplete.get(id) ?? { section, question, records: 0 };
        entry.records++;
        incomplete.set(id, entry);
      }
      for (const { key, reason } of impact.dropped) {
        const id = `${reason}/${key}`;
        const entry = drops.get(id) ?? { question: key, title: form?.model.questionByKey.get(key)?.question.title ?? key, reason, answers: 0 };
        entry.answers++;
        drops.set(id, entry);
      }
    },
    report() {
      const model = target.model;
      const titleOf = (section: string, question: string) => {
        const [key = '', field] = question.split('/');
        const asked = model.sectionByKey.get(section)?.byKey.get(key);
        const item = field ? asked?.list?.item.byKey.get(field) : undefined;
        return item ? `${asked!.title}: ${item.title}` : asked?.title ?? question;
      };
      const sections = model.sections.map((section) => section.key);
      const formOrder = ({ section, question }: { section: string; question: string }) => {
        const keys = [...(model.sectionByKey.get(section)?.byKey.keys() ?? [])];
        return sections.indexOf(section) * 10_000 + keys.indexOf(question.split('/')[0] ?? '');
      };
      return {
        form: target.name,
        version: target.version,
        records,
        versions,
        incomplete: {
          records: incompleteRecords,
          percent: percent(incompleteRecords, records),
          questions: [...incomplete.values()].sort((a, b) => b.records - a.records || formOrder(a) - formOrder(b)).map((q) => ({
            section: q.section, sectionTitle: model.sectionByKey.get(q.section)?.title ?? q.section, question: q.question,
            title: titleOf(q.section, q.question), records: q.records, percent: percent(q.records, records),
          })),
        },
        answers: {
          total, kept: total - dropped, dropped, droppedPercent: percent(dropped, total), carried, carriedPercent: percent(carried, total),
          droppedQuestions: [...drops.values()].sort((a, b) => b.answers - a.answers).map((d) => ({ ...d, percent: percent(d.answers, records) })),
        },
      };
    },
  };
}

/** Re-checks every record the iterable yields (an async cursor over the store, or a plain list). */
export async function impactOf(target: CompiledForm, previous: AsyncIterable<PreviousRecord> | Iterable<PreviousRecord>): Promise<ImpactReport> {
  const tally = impactTally(target);
  for await (const one of previous) tally.add(one);
  return tally.report();
}
