/** "2025-03-03": the calendar day of an instant in a time zone (en-CA formats dates as YYYY-MM-DD). */
export function dayIn(instant: string | Date, timeZone: string): string | undefined {
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) return undefined;
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return format.format(time);
}

// Building a formatter costs far more than using one; checkAnswers runs on every keystroke.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
