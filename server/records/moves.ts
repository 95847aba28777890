/**
 * The Moves page's data: the records of moves from or to the caller's locations over the next days,
 * one page at a time, sorted by date. Shared by GET /api/moves and the /moves page.
 */
import { addDays, dateIn } from '../../engine/index.ts';
import { DEFAULT_LANGUAGE } from '../../engine/i18n/index.ts';
import type { LifecycleState } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import type { Principal } from '../auth/principal.ts';
import { fieldProblem, words, type FieldProblem } from '../http/errors.ts';
import type { Store } from '../store/types.ts';

export const MOVES_PAGE_SIZE = 20;
const MAX_DAYS = 31;

export interface MovesQuery {
  fromDate: string;
  days: number;
  page: number;
  order: 'asc' | 'desc';
}

export interface MoveRow {
  recordId: string;
  formTitle: string;
  person: { id: string; name: string };
  move: { id: string; type: string; date: string; from: string; to: string };
  state: LifecycleState;
}

export interface MovesPage extends MovesQuery {
  toDate: string;
  total: number;
  pageSize: number;
  moves: MoveRow[];
}

/** Reads the query string; problems name the parameter. Defaults: today, 7 days, page 1, earliest first. */
export function readMovesQuery(raw: Record<string, unknown>, now = new Date()): { query: MovesQuery } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const text = (name: string) => (typeof raw[name] === 'string' && raw[name] !== '' ? (raw[name] as string) : undefined);
  const fromDate = text('from') ?? dateIn(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDate) || Number.isNaN(Date.parse(fromDate))) problems.push(fieldProblem('from', words('api.query.day', { field: 'from' })));
  const days = Number(text('days') ?? 7);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems.push(fieldProblem('days', words('api.query.wholeNumber', { field: 'days', max: MAX_DAYS })));
  const page = Number(text('page') ?? 1);
  if (!Number.isInteger(page) || page < 1) problems.push(fieldProblem('page', words('api.query.wholeFromOne', { field: 'page' })));
  const order = text('order') ?? 'asc';
  if (order !== 'asc' && order !== 'desc') problems.push(fieldProblem('order', words('api.query.order', { field: 'order' })));
  return problems.length ? { problems } : { query: { fromDate, days, page, order: order as 'asc' | 'desc' } };
}

/** The page of moves, places, move types and form titles named in `language` (codes stay as they are). */
export async function movesPage(store: Store, forms: FormsRegistry, principal: Principal, query: MovesQuery, language: string = DEFAULT_LANGUAGE): Promise<MovesPage> {
  const toDate = addDays(query.fromDate, query.days - 1);
  const { records, total } = await store.findMoves({
    locations: principal.locations, fromDate: query.fromDate, toDate, order: query.order,
    offset: (query.page - 1) * MOVES_PAGE_SIZE, limit: MOVES_PAGE_SIZE,
  });
  const places = forms.locationsIn(language).locations;
  const moveTypes = forms.moveTypesIn(language);
  const place = (code: string) => places.find((l) => l.code === code)?.name ?? code;
  return {
    ...query, toDate, total, pageSize: MOVES_PAGE_SIZE,
    moves: records.map((r) => ({
      recordId: r.id,
      formTitle: (forms.localised(r.form, r.version, language) ?? forms.get(r.form, r.version))?.title ?? r.form,
      person: { id: r.person.id, name: r.person.name },
      move: { id: r.move.id, type: moveTypes.find((t) => t.const === r.move.type)?.title ?? r.move.type, date: r.move.date, from: place(r.move.from), to: place(r.move.to) },
      state: r.state,
    })),
  };
}
