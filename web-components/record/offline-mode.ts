/**
 * The record page's offline side, for <form-record offline>: keeps a sealed copy of the record while
 * there is a signal, opens it when there is none, records entries into the outbox and sends them when
 * the connection returns, and says so plainly ("Offline: 3 entries waiting to send", then "Sent").
 * What the page shows is the server's record with the waiting entries applied by the engine, so an
 * event recorded in the van shows at once, marked as waiting.
 */
import { addEvent, addRedFlag, entryById, recordHandover, type Actor } from '../../engine/index.ts';
import type { FormRecord } from '../../engine/types.ts';
import { acceptsEntries } from '../../engine/states.ts';
import { ApiError, type ApiClient, type SessionInfo } from '../api-client.ts';
import { formWithWords, importValidator, validatorUrl, type LoadedForm } from '../engine-bridge.ts';
import type { Translate } from '../i18n.ts';
import { hasDeviceKey, holdDeviceKey } from '../offline/crypto.ts';
import { keepShell } from '../offline/register.ts';
import { dropCopy, keepCopy, readCopy, updateCopiedRecord } from '../offline/copies.ts';
import { queueEntry, queuedEntries, removeQueued, replaceQueued, sendQueued, type QueuedEntry, type QueuedKind } from '../offline/outbox.ts';

/** What the offline side needs from the record page's controller. */
export interface OfflineHost {
  readonly client: ApiClient;
  session?: SessionInfo;
  form?: LoadedForm;
  locationNames: Map<string, string>;
  /** The reader's language: an entry refused on the device says why in it, as the server would. */
  readonly t: Translate;
  /** Shows the server's record (through withQueued, the waiting entries applied). */
  setRecord(record: FormRecord): void;
  requestUpdate(): void;
}

const ADD = { handover: recordHandover, event: addEvent, redFlag: addRedFlag } as const;

/**
 * Retries after a failed send, doubling up to the longest wait. The browser's 'online' event alone is
 * not enough: it fires only when the device's link changes, and a van's phone can hold a link (so
 * navigator.onLine stays true) while nothing gets through.
 */
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

/** A failed fetch (no connection), as opposed to an answer from the server. */
export const isNetworkError = (error: unknown) => !(error instanceof ApiError);

export class OfflineMode {
  /** Entries recorded on this device and not yet on the server, oldest first. */
  queued: QueuedEntry[] = [];
  /** The last try to reach the server failed: the page is working from its copy. */
  unreachable = false;
  /** How many waiting entries the last send delivered (the "Sent" banner), until the next change. */
  justSent = 0;
  /** The record as the server last gave it, before the waiting entries are applied. */
  private stored?: FormRecord;
  private sending?: Promise<void>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryWait = FIRST_RETRY_MS;
  private stopped = false;

  constructor(private readonly host: OfflineHost) {}

  readonly onOnline = (): void => {
    this.retryWait = FIRST_RETRY_MS;
    void this.send();
  };

  /** The page is gone: no more tries from it (the entries stay on the device for the next visit). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /**
   * After an online load: keeps the device key and a sealed copy, then sends anything waiting (a
   * refusal shows). Only a record that takes entries (confirmed, handed over) is copied: drafts are
   * filled with a signal, and a cancelled record's copy goes.
   */
  async keep(record: FormRecord): Promise<void> {
    this.unreachable = false;
    try {
      if (!(await hasDeviceKey())) holdDeviceKey((await this.host.client.request<{ key: string }>('GET', '/session/device-key')).key);
      if (acceptsEntries(record.state)) {
        const locations = [...this.host.locationNames].map(([code, name]) => ({ code, name }));
        // The page and its scripts first: a copy on the device promises the record opens without a signal.
        await keepShell();
        await keepCopy({ record, session: this.host.session!, locations, definition: this.host.form!.definition as unknown as Record<string, unknown>, inEnglish: this.host.form!.inEnglish, savedAt: new Date().toISOString() });
      } else await dropCopy(record.id);
      this.queued = await queuedEntries(record.id);
    } catch {
      // Without a key or storage the page still works online; it only cannot keep a copy.
      return;
    }
    if (this.queued.length === 0) return this.host.requestUpdate();
    this.show();
    await this.send();
  }

  /** Without a connection: the record's copy, if this tab can open one; false when there is none. */
  async restore(recordId: string): Promise<boolean> {
    const copy = await readCopy(recordId).catch(() => undefined);
    if (!copy) return false;
    this.host.session = copy.session;
    this.host.locationNames = new Map(copy.locations.map((l) => [l.code, l.name]));
    this.host.form = formWithWords(copy.definition, await importValidator(validatorUrl(copy.record.form, copy.record.version)), copy.inEnglish);
    this.stored = copy.record;
    this.queued = await queuedEntries(recordId);
    this.unreachable = true;
    this.show();
    // Opened from the copy, perhaps with a link that carries nothing: try again until the server answers.
    this.retryLater();
    return true;
  }

  /**
   * Records an entry on the device first (its id and time given here), then tries to send it. The
   * engine checks it here as the server would, so a missing field shows beside it without a signal;
   * refused at once (a red flag added while the form was open), it leaves the outbox and the refusal
   * is thrown for the form to show, as it would be without the outbox.
   */
  async record(current: FormRecord, kind: QueuedKind, body: Record<string, unknown>): Promise<void> {
    const now = new Date().toISOString();
    const full = { ...body, id: crypto.randomUUID(), recordedAt: now };
    const checked = ADD[kind](this.host.form!, current, { at: now, ...full }, this.actor(), now);
    if (!checked.ok) throw new ApiError(400, checked.refusal.message, { fields: checked.refusal.fields ?? [], reasons: checked.refusal.reasons });
    const entry = await queueEntry(current.id, kind, full);
    this.queued.push(entry);
    this.justSent = 0;
    // Without a signal the entry is safe on the device: back to the record at once, as one render,
    // rather than the banner changing while the form still waits for a send that cannot happen.
    if (!navigator.onLine) {
      this.show();
      void this.send();
      return;
    }
    await this.send();
    const refused = this.queued.find((e) => e.seq === entry.seq)?.refused;
    if (!refused) return;
    await this.discard(entry);
    throw new ApiError(refused.status, refused.message, refused);
  }

  /** Sends what waits, one run at a time; the banner follows. */
  send(): Promise<void> {
    this.sending ??= this.sendNow().finally(() => { this.sending = undefined; });
    return this.sending;
  }

  /** The receiving officer acknowledged the red flags the handover missed: resend it with the same id. */
  async acknowledgeAndResend(entry: QueuedEntry, name: string): Promise<void> {
    const missed = entry.refused?.redFlags ?? [];
    const at = new Date().toISOString();
    const acknowledgements = [...((entry.body.acknowledgements as unknown[]) ?? []), ...missed.map((f) => ({ entryId: f.id, name, at }))];
    const resent: QueuedEntry = { seq: entry.seq, recordId: entry.recordId, kind: entry.kind, body: { ...entry.body, acknowledgements } };
    await replaceQueued(resent);
    this.queued = this.queued.map((e) => (e.seq === entry.seq ? resent : e));
    await this.send();
  }

  /** Removes a refused entry from the device, once the user has noted what it held. */
  async discard(entry: QueuedEntry): Promise<void> {
    await removeQueued(entry.seq);
    this.queued = this.queued.filter((e) => e.seq !== entry.seq);
    this.show();
    await this.send();
  }

  get waiting(): number {
    return this.queued.length;
  }

  /** Ids of the entries shown on the record that are not on the server yet. */
  get waitingIds(): ReadonlySet<string> {
    return new Set(this.queued.filter((e) => !e.refused).map((e) => String(e.body.id)));
  }

  private async sendNow(): Promise<void> {
    if (!this.stored || this.queued.length === 0) return;
    const recordId = this.stored.id;
    const result = await sendQueued(this.host.client, recordId).catch(() => ({ sent: 0, unreachable: true, record: undefined }));
    this.unreachable = result.unreachable;
    this.queued = await queuedEntries(recordId);
    // A refusal means the record changed meanwhile (cancelled, a new red flag): show it as it is now.
    if (!result.record && this.queued.some((e) => e.refused)) result.record = await this.host.client.record(recordId).catch(() => undefined);
    if (result.record) this.stored = result.record;
    this.justSent = result.sent > 0 && this.queued.length === 0 ? result.sent : 0;
    if (result.record) await this.afterSent(result.record);
    this.show();
    if (result.unreachable) this.retryLater();
    else this.retryWait = FIRST_RETRY_MS;
  }

  private retryLater(): void {
    // A send still under way when the page went must not start the tries again.
    if (this.stopped || this.retryTimer !== undefined || this.queued.every((e) => e.refused)) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.send();
    }, this.retryWait);
    this.retryWait = Math.min(this.retryWait * 2, LONGEST_RETRY_MS);
  }

  /** The escort ends with the handover: once nothing waits, the device keeps no copy of a handed-over record. */
  private async afterSent(record: FormRecord): Promise<void> {
    if (record.state === 'handedOver' && this.queued.length === 0) await dropCopy(record.id);
    else await updateCopiedRecord(record);
  }

  /**
   * The server's record (kept as the latest known) with every entry still waiting applied, as this
   * user recorded it; the controller shows every record it is given through this.
   */
  withQueued(record: FormRecord): FormRecord {
    this.stored = record;
    if (!this.host.form) return record;
    let shown = record;
    for (const entry of this.queued.filter((e) => !e.refused)) {
      // Sent already, its answer still on the way: the server's copy is the one to show.
      if (entryById(shown, String(entry.body.id))) continue;
      const outcome = ADD[entry.kind](this.host.form, shown, entry.body, this.actor(), String(entry.body.recordedAt), String(entry.body.id));
      if (outcome.ok) shown = outcome.record;
    }
    return shown;
  }

  private show(): void {
    if (this.stored && this.host.form) this.host.setRecord(this.stored);
    else this.host.requestUpdate();
  }

  private actor(): Actor {
    return { user: this.host.session?.username ?? '', roles: this.host.session?.roles ?? [], t: this.host.t };
  }
}
