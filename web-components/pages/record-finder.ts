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
import { languageOf, translatorFor, type Translate } from '../i18n.ts';
import { asWritten } from '../english-marked.ts';

type Locations = Awaited<ReturnType<ApiClient['locations']>>;
type MoveTypes = Awaited<ReturnType<ApiClient['moveTypes']>>;

// Each field's words are components.finder.<key>, <key>Hint and <key>Missing.
const TEXT_FIELDS = [{ name: 'personName', key: 'fullName' }, { name: 'moveId', key: 'moveId' }];
const DATE_FIELDS = [{ name: 'dateOfBirth', key: 'dateOfBirth' }, { name: 'date', key: 'moveDate' }];
const words = (t: Translate, key: string) => ({ label: t(`components.finder.${key}`), hint: t(`components.finder.${key}Hint`), error: t(`components.finder.${key}Missing`) });

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

  /** The words of the element's language (its lang attribute, or the page's). */
  get t(): Translate {
    return translatorFor(languageOf(this));
  }

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
    this.client = new ApiClient(this.api, { token: () => this.getToken?.(), lang: () => languageOf(this) });
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
    }, (error) => { if (withToken || !this.getToken) this.problem = messageOf(error, this.t); });
  }

  async find(event: Event): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('personId') as HTMLInputElement;
    this.personId = input.value.trim();
    this.problem = '';
    this.errors = this.personId ? {} : { personId: this.t('components.finder.personIdMissing') };
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
        this.problem = messageOf(error, this.t);
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
    const t = this.t;
    const text = (field: (typeof TEXT_FIELDS)[number]) => check(field.name, value(field.name) !== '', words(t, field.key).error);
    const date = (field: (typeof DATE_FIELDS)[number]) => check(field.name, isRealDate(this.dates[field.name]), words(t, field.key).error);
    // In the order of the form, so the error summary reads top to bottom like the page.
    check('form', value('form') !== '', t('components.finder.formMissing'));
    text(TEXT_FIELDS[0]!);
    date(DATE_FIELDS[0]!);
    text(TEXT_FIELDS[1]!);
    check('moveType', value('moveType') !== '', t('components.finder.moveTypeMissing'));
    date(DATE_FIELDS[1]!);
    check('from', value('from') !== '', t('components.finder.fromMissing'));
    check('to', value('to') !== '', t('components.finder.toMissing'));
    // The server's own rule for a move (dated within its window, not going nowhere), said beside the field.
    const move = { from: value('from'), to: value('to'), date: this.dates.date ?? '' };
    if (!errors.date && !errors.from && !errors.to) {
      for (const p of moveProblems(move, dateIn(new Date()), this.moveDateWindow, t)) errors[p.field === '/move/date' ? 'date' : 'to'] ??= p.message;
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
        this.problem = messageOf(error, t);
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
    const t = this.t;
    return html`${summary.length ? renderErrorSummary(summary, t) : nothing}
      ${this.duplicate ? html`<div class="govuk-inset-text">
        <a class="govuk-link" href=${this.duplicate}>${t('components.finder.existing')}</a></div>` : nothing}
      ${this.withheld ? this.renderWithheld(this.withheld) : nothing}
      <h1 class="govuk-heading-l">${t('components.finder.title')}</h1>
      <form novalidate @submit=${(e: Event) => void this.find(e)}>
        ${this.field('personId', t('components.finder.personId'), t('components.finder.personIdHint'))}
        <button type="submit" class="govuk-button">${t('components.finder.find')}</button>
      </form>
      ${this.records ? this.renderResults() : nothing}`;
  }

  private renderWithheld({ id, message }: { id: string; message: string }) {
    const t = this.t;
    return html`<div class="govuk-notification-banner" role="region" aria-labelledby="withheld-title" tabindex="-1">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="withheld-title">${t('components.banner.important')}</h2></div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">${t('components.finder.withheld')}</p>
        <p class="govuk-body">${message}</p>
        <p class="govuk-body"><a class="govuk-notification-banner__link" href=${`/records/${encodeURIComponent(id)}`}>${t('components.finder.openNew')}</a></p>
      </div></div>`;
  }

  private field(name: string, label: string, hint?: string) {
    const error = this.errors[name];
    const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label" for=${name}>${label}</label>
      ${hint ? html`<div id=${`${name}-hint`} class="govuk-hint">${hint}</div>` : nothing}
      ${error ? html`<p id=${`${name}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${this.t('components.error.prefix')}</span> ${error}</p>` : nothing}
      <input class="govuk-input govuk-!-width-one-half${error ? ' govuk-input--error' : ''}" id=${name} name=${name} type="text"
        spellcheck="false" .value=${name === 'personId' ? this.personId : name === 'personName' ? this.personName : ''} aria-describedby=${describedBy || nothing}>
    </div>`;
  }

  /** The GOV.UK date input, rendered by the same renderer as a definition's date questions. */
  private dateField(field: (typeof DATE_FIELDS)[number]) {
    const pointer = `/${field.name}`;
    const { label, hint } = words(this.t, field.key);
    const question: QuestionView = {
      key: field.name, pointer, kind: 'date', label, hint, visible: true, mandatory: true,
      value: this.dates[field.name], followUps: [], errors: [], flags: [],
    };
    const ctx: QuestionContext = {
      t: this.t,
      write: asWritten,
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
      ${error ? html`<p id=${`${name}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${this.t('components.error.prefix')}</span> ${error}</p>` : nothing}
      <select class="govuk-select${error ? ' govuk-select--error' : ''}" id=${name} name=${name} aria-describedby=${error ? `${name}-error` : nothing}>
        <option value="">${this.t('components.finder.select')}</option>
        ${options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
      </select></div>`;
  }

  private renderResults() {
    const locations = (this.locations ?? []).map((l) => ({ value: l.code, label: l.name }));
    const mine = locations.filter((l) => this.myLocations.includes(l.value));
    const name = (code: string) => this.locations?.find((l) => l.code === code)?.name ?? code;
    const t = this.t;
    return html`<h2 class="govuk-heading-m">${t('components.finder.results', { person: this.personId })}</h2>
      ${this.records!.length
        ? html`<table class="govuk-table form-table-stack"><caption class="govuk-table__caption govuk-visually-hidden">${t('components.finder.results', { person: this.personId })}</caption>
            <thead class="govuk-table__head"><tr class="govuk-table__row">
              ${['form', 'move', 'date', 'state'].map((key) => html`<th scope="col" class="govuk-table__header">${t(`components.finder.${key}`)}</th>`)}</tr></thead>
            <tbody class="govuk-table__body">${this.records!.map((r) => html`<tr class="govuk-table__row">
              <td class="govuk-table__cell" data-label=${t('components.finder.form')}><a class="govuk-link" href=${`/records/${encodeURIComponent(r.id)}`}>${this.forms.find((f) => f.name === r.form)?.title ?? r.form} ${r.version}</a></td>
              <td class="govuk-table__cell" data-label=${t('components.finder.move')}>${t('components.finder.fromTo', { from: name(r.move.from), to: name(r.move.to) })}</td>
              <td class="govuk-table__cell" data-label=${t('components.finder.date')}>${formatDate(r.move.date, t)}</td>
              <td class="govuk-table__cell" data-label=${t('components.finder.state')}>${stateLabel(r.state, t)}</td></tr>`)}</tbody></table>`
        : html`<p class="govuk-body">${t('components.finder.none')}</p>`}
      ${this.forms.length ? this.renderCreate(locations, mine) : nothing}`;
  }

  /** Only for roles a form lets start a record; a move starts where the user works. */
  private renderCreate(locations: { value: string; label: string }[], mine: { value: string; label: string }[]) {
    const t = this.t;
    return html`<h2 class="govuk-heading-m">${t('components.finder.create')}</h2>
      <form novalidate @submit=${(e: Event) => void this.create(e)}>
        ${this.select('form', t('components.finder.form'), this.forms.map((f) => ({ value: f.name, label: f.title })))}
        ${TEXT_FIELDS.slice(0, 1).map((f) => this.field(f.name, words(t, f.key).label))}
        ${this.dateField(DATE_FIELDS[0]!)}
        ${TEXT_FIELDS.slice(1).map((f) => this.field(f.name, words(t, f.key).label))}
        ${this.select('moveType', t('components.finder.moveType'), this.moveTypes.map((t) => ({ value: t.const, label: t.title })))}
        ${this.dateField(DATE_FIELDS[1]!)}
        ${this.select('from', t('components.finder.from'), mine)}
        ${this.select('to', t('components.finder.to'), locations)}
        <button type="submit" class="govuk-button">${t('components.finder.createButton')}</button>
      </form>`;
  }
}

function isRealDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
