/**
 * The printable page of a record, from the templates precompiled when this module loads (see
 * precompile.ts) and reused for every request; Handlebars escapes every value, so answers cannot inject
 * markup. The template's words come from forms/locales/<lang>/print.json (`{{t "key" name=value}}`),
 * dates and times in the same language; the reader's language travels in the render's data, so one
 * compiled template serves every language.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { formatDate, formatDateTime, stateLabel, DISPLAY_TIME_ZONE, type FormRecord, type ViewModel } from '../../engine/index.ts';
import type { MessageParams, Translate } from '../../engine/i18n/translator.ts';
import { translator } from '../i18n/service-locales.ts';
import { precompileTemplates } from './precompile.ts';
import { foldNoAnswers } from './fold.ts';
import { englishMarked } from '../pages/english-marked.ts';

export const PRINT_CSS_PATH = '/print-assets/print.css';
export const printCss = readFileSync(new URL('./print.css', import.meta.url), 'utf8');

const handlebars = Handlebars.create();
interface HelperOptions { data: { root: { translate: Translate; inEnglish: readonly string[] } }; hash?: MessageParams }
const tOf = (options: HelperOptions): Translate => options.data.root.translate;
// Dates and times as staff read them ("3 March 2025", "3 Mawrth 2025 am 14:20"), the engine's way.
handlebars.registerHelper('date', (value: unknown, options: HelperOptions) => (typeof value === 'string' ? formatDate(value, tOf(options)) : ''));
handlebars.registerHelper('dateTime', (value: unknown, options: HelperOptions) => (typeof value === 'string' ? formatDateTime(value, DISPLAY_TIME_ZONE, tOf(options)) : ''));
handlebars.registerHelper('t', (key: unknown, options: HelperOptions) => tOf(options)(String(key), options.hash ?? {}));
// The form's words, with those left in English (a version not, or not wholly, translated) in <span lang="en"> (WCAG 3.1.2).
// Strict mode does not reach a helper's argument: a missing value throws here rather than print blank.
handlebars.registerHelper('written', (text: unknown, options: HelperOptions) => {
  if (typeof text !== 'string') throw new Error(`a value the print writes is not defined (got ${String(text)})`);
  return new handlebars.SafeString(englishMarked(text, options.data.root.inEnglish));
});
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
  /** The form's words left in English in the reader's language (textsLeftInEnglish): marked lang="en" (WCAG 3.1.2). */
  inEnglish?: readonly string[];
}

/** `t`: the reader's language (the view model should be built in it too); English unless given. */
export function renderPrint(record: FormRecord, view: ViewModel, names: PrintNames, t: Translate = translator('')): string {
  const eventTitles = new Map(view.form.eventTypes.map((t) => [t.const, t.title]));
  const risks = new Map(view.redFlags.map((flag) => [flag.id, flag.risk]));
  const from = names.location(record.move.from) ?? record.move.from;
  const to = names.location(record.move.to) ?? record.move.to;
  return renderRecord({
    record,
    view,
    translate: t,
    // The language code is data of the locale file, like its words: print.json knows which language it is.
    lang: t('print.lang'),
    inEnglish: names.inEnglish ?? [],
    sections: view.sections.map((section) => foldNoAnswers(section, t)),
    // Printed at the top and bottom of every page: whose record, and which move.
    running: t('print.running', { name: record.person.name, id: record.person.id, from, to, date: formatDate(record.move.date, t), move: record.move.id }),
    stateLabel: stateLabel(record.state, t),
    flags: view.flags.map((flag) => ({ ...flag, levelLabel: t(`print.flags.level.${flag.level}`) })),
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
