/**
 * The printable page of a record, from the templates precompiled when this module loads (see
 * precompile.ts) and reused for every request; Handlebars escapes every value, so answers cannot inject
 * markup.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { formatDate, formatDateTime, stateLabel, type FormRecord, type ViewModel } from '../../engine/index.ts';
import { precompileTemplates } from './precompile.ts';
import { foldNoAnswers } from './fold.ts';

export const PRINT_CSS_PATH = '/print-assets/print.css';
export const printCss = readFileSync(new URL('./print.css', import.meta.url), 'utf8');

const handlebars = Handlebars.create();
// Dates and times as staff read them ("3 March 2025", "3 March 2025 at 14:20"), the engine's way.
handlebars.registerHelper('date', (value: unknown) => (typeof value === 'string' ? formatDate(value) : ''));
handlebars.registerHelper('dateTime', (value: unknown) => (typeof value === 'string' ? formatDateTime(value) : ''));
const specs = precompileTemplates();
const template = (name: string) => {
  const spec = specs.get(name);
  if (!spec) throw new Error(`server/print/templates/${name}.hbs is missing`);
  return handlebars.template(spec);
};
handlebars.registerPartial('question', template('question'));
const renderRecord = template('record');

/** Words for the codes stored on a record; a code without words (a record older than the list) prints as it is. */
export interface PrintNames {
  location(code: string): string | undefined;
  moveType(code: string): string | undefined;
}

export function renderPrint(record: FormRecord, view: ViewModel, names: PrintNames): string {
  const eventTitles = new Map(view.form.eventTypes.map((t) => [t.const, t.title]));
  const risks = new Map(view.redFlags.map((flag) => [flag.id, flag.risk]));
  const from = names.location(record.move.from) ?? record.move.from;
  const to = names.location(record.move.to) ?? record.move.to;
  return renderRecord({
    record,
    view,
    sections: view.sections.map(foldNoAnswers),
    // Printed at the top and bottom of every page: whose record, and which move.
    running: `${record.person.name} · ${record.person.id} · ${from} to ${to}, ${formatDate(record.move.date)} · move ${record.move.id}`,
    stateLabel: stateLabel(record.state),
    from,
    to,
    moveType: names.moveType(record.move.type) ?? record.move.type,
    events: record.events.map((event) => ({ ...event, typeTitle: eventTitles.get(event.type) ?? event.type })),
    handovers: record.handovers.map((handover) => ({
      ...handover,
      acknowledgements: handover.acknowledgements.map((ack) => ({ ...ack, risk: risks.get(ack.entryId) ?? ack.entryId })),
    })),
    cssHref: PRINT_CSS_PATH,
  });
}
