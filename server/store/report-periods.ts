/**
 * Keyed counts are summed per month. A period of move dates is read as the whole months inside it
 * (from the monthly sums: few rows however many records) plus the days at its partial edges (from
 * the counts kept with each record of those days). Both adapters plan their queries with this.
 */

export interface PeriodPlan {
  /** Whole months to read from the monthly counts ("YYYY-MM", inclusive); absent: none. */
  months?: { from?: string; to?: string };
  /** Day ranges to read from the records' own counts (inclusive). */
  days: { from: string; to: string }[];
}

const monthOf = (day: string) => day.slice(0, 7);
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

export function planPeriod(from?: string, to?: string): PeriodPlan {
  const days: { from: string; to: string }[] = [];
  let firstMonth: string | undefined;
  let lastMonth: string | undefined;
  if (from !== undefined) {
    firstMonth = from.endsWith('-01') ? monthOf(from) : nextMonth(monthOf(from));
    if (!from.endsWith('-01')) {
      const edgeEnd = lastDayOf(monthOf(from));
      days.push({ from, to: to !== undefined && to < edgeEnd ? to : edgeEnd });
    }
  }
  if (to !== undefined) {
    const isLast = to === lastDayOf(monthOf(to));
    lastMonth = isLast ? monthOf(to) : previousMonth(monthOf(to));
    const edgeStart = `${monthOf(to)}-01`;
    // The partial month at the end, unless the start's partial month already covered it.
    if (!isLast && !(from !== undefined && monthOf(from) === monthOf(to) && !from.endsWith('-01'))) days.push({ from: from !== undefined && from > edgeStart ? from : edgeStart, to });
  }
  const noMonths = firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth;
  return { ...(noMonths ? {} : { months: { ...(firstMonth ? { from: firstMonth } : {}), ...(lastMonth ? { to: lastMonth } : {}) } }), days };
}
