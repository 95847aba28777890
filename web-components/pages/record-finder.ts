import { LitElement, html, nothing } from 'lit';
import type { FormRecord, QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from '../questions/context.ts';
import { renderQuestion } from '../questions/index.ts';
import { ApiClient, ApiError, type TokenProvider } from '../api-client.ts';
import { dateIn, moveProblems, type MoveDateWindow } from '../../engine/move-rules.ts';
import { renderErrorSummary } from '../views/error-summary.ts';
import { messageOf } from '../messages.ts';
import { formatDate, stateLabel } from '../format.ts';
import { ensureGovukStyles } from '../styles.ts';
import { markErrorTitle } from '../page-title.ts';

type Locations = Awaited<ReturnType<ApiClient['locations']>>;
type MoveTypes = Awaited<ReturnType<ApiClient['moveTypes']>>;

const TEXT_FIELDS = [
  { name: 'personName', label: 'Full name', error: 'Enter the person’s full name' },
  { name: 'moveId', label: 'Move reference', error: 'Enter the move reference' },
];
const DATE_FIELDS = [
  { name: 'dateOfBirth', label: 'Date of birth', hint: 'For example, 27 4 1990', error: 'Enter a real date of birth' },
  { name: 'date', label: 'Date of the move', hint: 'For example, 14 12 2026', error: 'Enter a real date for the move' },
];

/**
 * Finds a person's records by their id, and creates a record for a move. Like `<form-record>`, signed
 * in by the session cookie or by the JS property `getToken` (a function returning the current OIDC
 * access token, asked before every request); set later than connecting, the choices load again with it.
 */
export class RecordFinderElement extends LitElement {
  static properties = { api: { type: String }, getToken: { attribute: false }, records: { state: true }, problem: { state: true }, errors: { state: true }, withheld: { state: true } };

  api = '/api';
  getToken?: TokenProvider;
  personId = '';
  /** Name of the person found, from their latest record, to start the new one with. */
  personName = '';
  records?: FormRecord[];
  /** The forms this user may start a record of (x-form.createRoles). */
  forms: { name: string; title: string }[] = [];
  /** Where this user works: a move they start a record for starts at one of these. */
  myLocations: string[] = [];
  /** The record a refused duplicate names, to link to. */
  duplicate?: string;
  locations?: Locations;
  moveTypes: MoveTypes = [];
  problem = '';
  errors: Record<string, string> = {};
  /** A record just created empty because its prefill was withheld: staff are told why before they open it. */
  withheld?: { id: string; message: string };
  /** Dates as typed, "1990-04-27" once complete. */
  dates: Record<string, string> = {};
  private readonly dateParts = new Map<string, Record<string, string>>();
  private client!: ApiClient;
  /** How far back and ahead the server accepts a move's date (a move is recorded after the fact within it). */
  private moveDateWindow?: MoveDateWindow;
  private loadedWithToken = false;

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
    this.client = new ApiClient(this.api, { token: () => this.getToken?.() });
    this.loadChoices();
  }

  willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('getToken') && this.getToken && this.isConnected && !this.loadedWithToken) this.loadChoices();
  }

  /** The forms, locations and move types the create form offers. */
  private loadChoices(): void {
    const withToken = this.getToken !== undefined;
    this.loadedWithToken = withToken;
    this.problem = '';
    void Promise.all([this.client.forms(), this.client.locations(), this.client.moveTypes(), this.client.session()]).then(([forms, locations, moveTypes, session]) => {
      this.forms = forms.filter((f) => f.mayCreate);
      this.myLocations = session.locations;
      this.moveDateWindow = session.moveDateWindow;
      this.locations = locations;
      this.moveTypes = moveTypes;
      this.requestUpdate();
      // A load that went out before the token arrived is overtaken by the one that carries it.
    }, (error) => { if (withToken || !this.getToken) this.problem = messageOf(error); });
  }

  async find(event: Event): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('personId') as HTMLInputElement;
    this.personId = input.value.trim();
    this.problem = '';
    this.errors = this.personId ? {} : { personId: 'Enter the person’s id' };
    if (this.personId) {
      try {
        this.records = await this.client.findRecords(this.personId);
        // Staff should not retype who the person is: their last record says (newest first).
        const last = this.records[0]?.person;
        this.personName = last?.name ?? '';
        if (last) this.dates.dateOfBirth = last.dateOfBirth;
        else delete this.dates.dateOfBirth;
        this.dateParts.delete('dateOfBirth');
      } catch (error) {
        this.problem = messageOf(error);
      }
    }
    await this.focusProblem();
  }

  async create(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '').trim();
    const errors: Record<string, string> = {};
    const check = (name: string, ok: boolean, message: string) => { if (!ok) errors[name] = message; };
    const text = (field: (typeof TEXT_FIELDS)[number]) => check(field.name, value(field.name) !== '', field.error);
    const date = (field: (typeof DATE_FIELDS)[number]) => check(field.name, isRealDate(this.dates[field.name]), field.error);
    // In the order of the form, so the error summary reads top to bottom like the page.
    check('form', value('form') !== '', 'Select the form');
    text(TEXT_FIELDS[0]!);
    date(DATE_FIELDS[0]!);
    text(TEXT_FIELDS[1]!);
    check('moveType', value('moveType') !== '', 'Select the type of move');
    date(DATE_FIELDS[1]!);
    check('from', value('from') !== '', 'Select where the move starts');
    check('to', value('to') !== '', 'Select where the move ends');
    // The server's own rule for a move (dated within its window, not going nowhere), said beside the field.
    const move = { from: value('from'), to: value('to'), date: this.dates.date ?? '' };
    if (!errors.date && !errors.from && !errors.to) {
      for (const p of moveProblems(move, dateIn(new Date()), this.moveDateWindow)) errors[p.field === '/move/date' ? 'date' : 'to'] ??= p.message;
    }
    this.errors = errors;
    this.problem = '';
    this.duplicate = undefined;
    if (Object.keys(errors).length === 0) {
      try {
        const record = await this.client.createRecord({
          form: value('form'),
          person: { id: this.personId, name: value('personName'), dateOfBirth: this.dates.dateOfBirth! },
          move: { id: value('moveId'), type: value('moveType'), from: value('from'), to: value('to'), date: this.dates.date! },
        });
        if (record.prefillWithheld) {
          this.withheld = { id: record.id, message: record.prefillWithheld.message };
          await this.updateComplete;
          this.querySelector<HTMLElement>('.govuk-notification-banner')?.focus();
          return;
        }
        window.location.assign(`/records/${encodeURIComponent(record.id)}`);
        return;
      } catch (error) {
        this.problem = messageOf(error);
        const existing = error instanceof ApiError && error.status === 409 ? (error.body as { href?: unknown }).href : undefined;
        if (typeof existing === 'string' && existing.startsWith('/records/')) this.duplicate = existing;
      }
    }
    await this.focusProblem();
  }

  private async focusProblem(): Promise<void> {
    await this.updateComplete;
    markErrorTitle(this.querySelector('.govuk-error-summary') !== null);
    this.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
  }

  render() {
    const summary = [
      ...(this.problem ? [{ message: this.problem }] : []),
      ...Object.entries(this.errors).map(([name, message]) => ({ message, href: `#${name}${DATE_FIELDS.some((f) => f.name === name) ? '-input' : ''}` })),
    ];
    return html`${summary.length ? renderErrorSummary(summary) : nothing}
      ${this.duplicate ? html`<div class="govuk-inset-text">
        <a class="govuk-link" href=${this.duplicate}>Open the existing record for this move</a></div>` : nothing}
      ${this.withheld ? this.renderWithheld(this.withheld) : nothing}
      <h1 class="govuk-heading-l">Find a person’s records</h1>
      <form novalidate @submit=${(e: Event) => void this.find(e)}>
        ${this.field('personId', 'Person id', 'For example, their prison number: A1234BC')}
        <button type="submit" class="govuk-button">Find records</button>
      </form>
      ${this.records ? this.renderResults() : nothing}`;
  }

  private renderWithheld({ id, message }: { id: string; message: string }) {
    return html`<div class="govuk-notification-banner" role="region" aria-labelledby="withheld-title" tabindex="-1">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="withheld-title">Important</h2></div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">The record was created without answers from earlier records</p>
        <p class="govuk-body">${message}</p>
        <p class="govuk-body"><a class="govuk-notification-banner__link" href=${`/records/${encodeURIComponent(id)}`}>Open the new record</a></p>
      </div></div>`;
  }

  private field(name: string, label: string, hint?: string) {
    const error = this.errors[name];
    const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label" for=${name}>${label}</label>
      ${hint ? html`<div id=${`${name}-hint`} class="govuk-hint">${hint}</div>` : nothing}
      ${error ? html`<p id=${`${name}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : nothing}
      <input class="govuk-input govuk-!-width-one-half${error ? ' govuk-input--error' : ''}" id=${name} name=${name} type="text"
        spellcheck="false" .value=${name === 'personId' ? this.personId : name === 'personName' ? this.personName : ''} aria-describedby=${describedBy || nothing}>
    </div>`;
  }

  /** The GOV.UK date input, rendered by the same renderer as a definition's date questions. */
  private dateField(field: (typeof DATE_FIELDS)[number]) {
    const pointer = `/${field.name}`;
    const question: QuestionView = {
      key: field.name, pointer, kind: 'date', label: field.label, hint: field.hint, visible: true, mandatory: true,
      value: this.dates[field.name], followUps: [], errors: [], flags: [],
    };
    const ctx: QuestionContext = {
      idFor: (_pointer, part) => (part ? `${field.name}-${part}` : field.name),
      errorFor: () => this.errors[field.name],
      rawParts: () => this.dateParts.get(field.name),
      setRawParts: (_pointer, parts) => void this.dateParts.set(field.name, parts),
      change: (_pointer, value) => {
        if (typeof value === 'string') this.dates[field.name] = value;
        else delete this.dates[field.name];
      },
      addItem: () => undefined,
      removeItem: () => undefined,
      accept: () => undefined,
      isAccepted: () => true,
      render: () => nothing,
    };
    return renderQuestion(ctx, question);
  }

  private select(name: string, label: string, options: { value: string; label: string }[]) {
    const error = this.errors[name];
    return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label" for=${name}>${label}</label>
      ${error ? html`<p id=${`${name}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : nothing}
      <select class="govuk-select${error ? ' govuk-select--error' : ''}" id=${name} name=${name} aria-describedby=${error ? `${name}-error` : nothing}>
        <option value="">Select</option>
        ${options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
      </select></div>`;
  }

  private renderResults() {
    const locations = (this.locations ?? []).map((l) => ({ value: l.code, label: l.name }));
    const mine = locations.filter((l) => this.myLocations.includes(l.value));
    const name = (code: string) => this.locations?.find((l) => l.code === code)?.name ?? code;
    return html`<h2 class="govuk-heading-m">Records for ${this.personId}</h2>
      ${this.records!.length
        ? html`<table class="govuk-table form-table-stack"><caption class="govuk-table__caption govuk-visually-hidden">Records for ${this.personId}</caption>
            <thead class="govuk-table__head"><tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Form</th><th scope="col" class="govuk-table__header">Move</th>
              <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">State</th></tr></thead>
            <tbody class="govuk-table__body">${this.records!.map((r) => html`<tr class="govuk-table__row">
              <td class="govuk-table__cell" data-label="Form"><a class="govuk-link" href=${`/records/${encodeURIComponent(r.id)}`}>${this.forms.find((f) => f.name === r.form)?.title ?? r.form} ${r.version}</a></td>
              <td class="govuk-table__cell" data-label="Move">${name(r.move.from)} to ${name(r.move.to)}</td>
              <td class="govuk-table__cell" data-label="Date">${formatDate(r.move.date)}</td>
              <td class="govuk-table__cell" data-label="State">${stateLabel(r.state)}</td></tr>`)}</tbody></table>`
        : html`<p class="govuk-body">No records found that you can see.</p>`}
      ${this.forms.length ? this.renderCreate(locations, mine) : nothing}`;
  }

  /** Only for roles a form lets start a record; a move starts where the user works. */
  private renderCreate(locations: { value: string; label: string }[], mine: { value: string; label: string }[]) {
    return html`<h2 class="govuk-heading-m">Create a record for a move</h2>
      <form novalidate @submit=${(e: Event) => void this.create(e)}>
        ${this.select('form', 'Form', this.forms.map((f) => ({ value: f.name, label: f.title })))}
        ${TEXT_FIELDS.slice(0, 1).map((f) => this.field(f.name, f.label))}
        ${this.dateField(DATE_FIELDS[0]!)}
        ${TEXT_FIELDS.slice(1).map((f) => this.field(f.name, f.label))}
        ${this.select('moveType', 'Type of move', this.moveTypes.map((t) => ({ value: t.const, label: t.title })))}
        ${this.dateField(DATE_FIELDS[1]!)}
        ${this.select('from', 'From', mine)}
        ${this.select('to', 'To', locations)}
        <button type="submit" class="govuk-button">Create record</button>
      </form>`;
  }
}

function isRealDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
