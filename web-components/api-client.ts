import { DEFAULT_LANGUAGE } from './i18n.ts';
import type { MoveDateWindow } from '../engine/move-rules.ts';
import type { AnswerValue, FormRecord, Role, SectionAnswers, Handover, EventEntry, RedFlagEntry } from '../engine/types.ts';

/** An answer someone else saved since this user loaded the record, beside the one this user typed. */
export interface ConflictBody {
  theirs: Record<string, unknown>;
  yours: Record<string, unknown>;
  record?: FormRecord;
  [key: string]: unknown;
}

export interface SessionInfo {
  username: string;
  roles: Role[];
  locations: string[];
  /** How far before and after today a new record's move may be dated (GET only). */
  moveDateWindow?: MoveDateWindow;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The result of saving a section: either the stored record, or a conflict the user must resolve. */
export type SaveResult = { ok: true; record: FormRecord; cleared: string[] } | { ok: false; conflict: ConflictBody };

/** Yields the caller's current access token, or nothing to fall back to the session cookie. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

/**
 * Speaks the server's JSON API. A session cookie goes with every same-origin call; with a `token`
 * provider, each call also asks it for the current token (so a refreshed one is used) and sends it as
 * `Authorization: Bearer`, for pages whose staff sign in through OIDC.
 */
export class ApiClient {
  constructor(readonly base: string, private readonly options: { token?: TokenProvider; lang?: () => string } = {}) {}

  session(): Promise<SessionInfo> {
    return this.request('GET', '/session');
  }

  login(username: string, password: string): Promise<SessionInfo> {
    return this.request('POST', '/session', { username, password });
  }

  logout(): Promise<unknown> {
    return this.request('DELETE', '/session');
  }

  forms(): Promise<{ name: string; title: string; versions: string[]; mayCreate?: boolean }[]> {
    return this.request('GET', `/forms${this.langQuery()}`);
  }

  /** The definition with its strings in the caller's language, where its translation has them (codes never change). */
  definition(name: string, version: string): Promise<Record<string, unknown>> {
    return this.request('GET', `/forms/${enc(name)}/versions/${enc(version)}${this.langQuery()}`);
  }

  /** The definition in English, its own words (kept by the browser: an English version never changes); none when the caller reads English. */
  async englishDefinition(name: string, version: string): Promise<Record<string, unknown> | undefined> {
    return this.langQuery() ? this.request('GET', `/forms/${enc(name)}/versions/${enc(version)}`) : undefined;
  }

  findRecords(personId: string): Promise<FormRecord[]> {
    return this.request('GET', `/records?person=${enc(personId)}`);
  }

  locations(): Promise<{ code: string; name: string; kind: string; region: string }[]> {
    return this.request('GET', `/locations${this.langQuery()}`);
  }

  /** The regions locations belong to, names in the caller's language. */
  regions(): Promise<{ code: string; name: string }[]> {
    return this.request('GET', `/regions${this.langQuery()}`);
  }

  /** The types of move a record may be for: `const` is the code a move carries, `title` what staff read. */
  moveTypes(): Promise<{ const: string; title: string }[]> {
    return this.request('GET', `/move-types${this.langQuery()}`);
  }

  /** The new record; `prefillWithheld` says why it starts empty when the person's previous records could not prefill it. */
  createRecord(body: { form: string; move: FormRecord['move']; person: FormRecord['person'] }): Promise<FormRecord & { prefillWithheld?: { reason: string; message: string } }> {
    return this.request('POST', '/records', body);
  }

  record(id: string): Promise<FormRecord> {
    return this.request('GET', `/records/${enc(id)}`);
  }

  /**
   * Saves one section's answers as read at `revision`; someone else's newer answer to the same question
   * is a conflict. The reply is the stored record without the server's view model (Prefer:
   * return=minimal): the element builds its own.
   */
  async saveSection(id: string, section: string, body: { answers: Record<string, AnswerValue | null>; revision: number }): Promise<SaveResult> {
    try {
      const response = await this.request<{ record: FormRecord; cleared?: string[] }>('PATCH', `/records/${enc(id)}/sections/${enc(section)}`, body, { prefer: 'return=minimal' });
      return { ok: true, record: response.record, cleared: response.cleared ?? [] };
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && (error.body as { error?: string })?.error === 'conflict') {
        return { ok: false, conflict: error.body as ConflictBody };
      }
      throw error;
    }
  }

  /** Accepts prefilled answers as they are. */
  reviewPrefill(id: string, pointers: string[]): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/prefill-reviews`, { pointers });
  }

  confirm(id: string): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/confirm`, {});
  }

  cancel(id: string, body: { reason?: string }): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/cancel`, body);
  }

  handover(id: string, body: Omit<Handover, 'id' | 'recordedBy'>): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/handovers`, body);
  }

  addEvent(id: string, body: Omit<EventEntry, 'id' | 'recordedBy'>): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/events`, body);
  }

  addRedFlag(id: string, body: Omit<RedFlagEntry, 'id' | 'recordedBy'>): Promise<FormRecord> {
    return this.request('POST', `/records/${enc(id)}/red-flags`, body);
  }

  /** The print page for a browser signed in by the session cookie, which a plain navigation carries. */
  /** The print page, in the element's language (a reader's own choice may differ from the page's). */
  printUrl(id: string): string {
    return `${this.base}/records/${enc(id)}/print${this.langQuery()}`;
  }

  /**
   * Where to open the print page. A navigation carries no bearer token, so with a token the server is
   * asked for a single-use link, valid for a minute (on the API's origin, which may not be the page's);
   * without one, the plain address.
   */
  async printLink(id: string): Promise<string> {
    if (!(await this.options.token?.())) return this.printUrl(id);
    const link = await this.request<{ url: string }>('POST', `/records/${enc(id)}/print-links`, {});
    return new URL(link.url, new URL(this.base, location.href)).href;
  }

  /**
   * ?lang= for the words the API holds as data (definitions, locations, move types, form titles, print);
   * none for the default language, whose addresses stay as they were.
   */
  langQuery(): string {
    const lang = this.options.lang?.();
    return lang && lang !== DEFAULT_LANGUAGE ? `?lang=${enc(lang)}` : '';
  }

  /** Any JSON API call, for clients of other parts of the API (the definition editor's drafts); `extra` headers join the request's. */
  async request<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = await this.options.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    // The API words its messages (errors, refusals) in the element's language.
    const lang = this.options.lang?.();
    if (lang) headers['accept-language'] = lang;
    const response = await fetch(this.base + path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) throw new ApiError(response.status, messageOf(parsed) ?? `${response.status} ${response.statusText}`, parsed);
    return parsed as T;
  }
}

function enc(part: string): string {
  return encodeURIComponent(part);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function messageOf(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const b = body as { message?: unknown; error?: unknown };
    if (typeof b.message === 'string') return b.message;
    if (typeof b.error === 'string') return b.error;
    if (b.error && typeof b.error === 'object' && typeof (b.error as { message?: unknown }).message === 'string') return (b.error as { message: string }).message;
  }
  return typeof body === 'string' && body.length < 300 ? body : undefined;
}
