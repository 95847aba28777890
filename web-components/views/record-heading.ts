import { html } from 'lit';
import { formatDate } from '../format.ts';
import type { Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';
import type { FormRecord, ViewModel } from '../../engine/types.ts';

/** Who and which move a record is for, with the form: what every screen of a record starts with. */
export interface RecordHeading {
  personName: string;
  personId: string;
  /** Location names, or codes when a name is not known. */
  from: string;
  to: string;
  date: string;
  formTitle: string;
  version: string;
}

/** Who and which move, with location codes named. */
export function headingFor(record: FormRecord, view: ViewModel, locationNames: ReadonlyMap<string, string>): RecordHeading {
  const { person, move } = record;
  const place = (code: string) => locationNames.get(code) ?? code;
  return {
    personName: person.name, personId: person.id, from: place(move.from), to: place(move.to), date: move.date,
    formTitle: view.form.title, version: view.form.version,
  };
}

/** `write` marks the form's title where it is left in English. */
export function renderRecordHeading(heading: RecordHeading, t: Translate, write: Written) {
  return html`<span class="govuk-caption-l">${heading.personName}, ${heading.personId}</span>
    <h1 class="govuk-heading-l" tabindex="-1">${write(heading.formTitle)}</h1>
    <p class="govuk-body">${t('components.heading.move', { from: heading.from, to: heading.to, date: formatDate(heading.date, t) })}
      ${write(t('components.heading.form', { form: heading.formTitle, version: heading.version }))}</p>`;
}
