import type { RecordHeading } from './record-heading.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { EntryKind } from './entries.ts';
import type { Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';

/**
 * What the pages that add to a record (handover, event, red flag, cancellation) need: the fields typed
 * so far and their errors (kept by the controller, so a refused save loses nothing), and the requests.
 */
export interface EntryContext {
  /** The words of the language the element speaks. */
  readonly t: Translate;
  /** Every word of the form shown (event types, red flag risks) goes through it (why: QuestionContext.write). */
  readonly write: Written;
  readonly heading: RecordHeading;
  /** Who confirmed the record, and when (the handover names them). */
  readonly record?: Pick<FormRecord, 'confirmed'>;
  entry: Record<string, string | boolean>;
  entryErrors: Record<string, string>;
  readonly busy: boolean;
  /** Names of the known locations, offered where an answer is usually one of them (the receiving organisation). */
  readonly places: string[];
  idFor(pointer: string, part?: string): string;
  go(screen: 'locked' | 'tasks'): void;
  focusSoon(selector: string): void;
  requestUpdate(): void;
  addEntry(kind: EntryKind, body: Record<string, unknown>): Promise<void>;
  cancelRecord(reason: string): Promise<void>;
}
