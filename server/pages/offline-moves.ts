/**
 * The Moves page's <offline-moves>: the records of today's moves listed on the page, for the browser to
 * keep on the device ahead (web-components/offline/todays-moves.ts, which asks the server for each and
 * keeps only those the user may see and add entries to). Renders nothing when none move today.
 */
import { dateIn } from '../../engine/index.ts';
import { acceptsEntries } from '../../engine/states.ts';
import type { MovesPage } from '../records/moves.ts';
import { escapeHtml as e } from './layout.ts';

export function todaysRecordsElement(page: MovesPage, today = dateIn(new Date())): string {
  const ids = [...new Set(page.moves.filter((m) => m.move.date === today && acceptsEntries(m.state)).map((m) => m.recordId))];
  return ids.length ? `<offline-moves api="/api" record-ids="${e(ids.join(' '))}"></offline-moves>` : '';
}
