/**
 * The quality report as CSV, with exactly the figures of the JSON: one line per group, one column
 * per measure ("flagsRaised.alert", "eventsByType.medical", "question /risk/violent answeredPercent").
 * Suppressed groups have their "fewer than N" count and empty figures.
 */
import type { QualityRow } from '../../engine/reports/types.ts';

type Cell = string | number | boolean | null;

/** Flattens one row into column -> value, nested measures as "parent.key". */
export function flattenRow(row: QualityRow): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [key, value] of Object.entries(row)) {
    if (key === 'questions' && Array.isArray(value)) {
      for (const q of value as Record<string, Cell>[]) {
        for (const [measure, figure] of Object.entries(q)) if (measure !== 'pointer' && measure !== 'label') cells.set(`question ${String(q.pointer)} ${measure}`, figure);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [inner, figure] of Object.entries(value as Record<string, Cell>)) cells.set(`${key}.${inner}`, figure);
    } else {
      cells.set(key, value as Cell);
    }
  }
  return cells;
}

function quote(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  // A cell a spreadsheet would run as a formula is written as text.
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCsv(rows: QualityRow[]): string {
  const flat = rows.map(flattenRow);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const cells of flat) for (const column of cells.keys()) if (!seen.has(column)) { seen.add(column); columns.push(column); }
  const lines = [columns.map(quote).join(','), ...flat.map((cells) => columns.map((c) => quote(cells.get(c))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
