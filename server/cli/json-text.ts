/**
 * Parses JSON text, and when it is not JSON says where: a policy author fixes a missing comma by line and
 * column, not by the character offset JSON.parse reports.
 */
export type Parsed = { json: unknown; error?: undefined } | { json?: undefined; error: string };

export function parseJsonText(text: string): Parsed {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? (/Unexpected end of JSON input/.test(message) ? text.length : NaN));
    if (Number.isNaN(offset)) return { error: `is not valid JSON: ${message}` };
    const { line, column } = lineAndColumn(text, offset);
    return { error: `is not valid JSON at line ${line} column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}` };
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
