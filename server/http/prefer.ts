/**
 * The Prefer request header (RFC 7240): `Prefer: return=minimal` asks a save to answer without the
 * view model. Preferences are comma separated (several headers read as one list), each `token [= word]`
 * with `;` parameters after it (ignored here); names are case-insensitive, and the first instance of a
 * name is the one that counts. A preference that does not parse is ignored, as one not understood is.
 */
import type { Request, Response } from 'express';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Each preference's name (lower case) and value (lower case for a token, as sent for a quoted string; '' for none). */
export function preferences(header: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of splitOutsideQuotes(header ?? '', ',')) {
    const [preference = ''] = splitOutsideQuotes(element, ';');
    const at = preference.indexOf('=');
    const name = (at < 0 ? preference : preference.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : wordValue(preference.slice(at + 1).trim());
    if (!TOKEN.test(name) || value === undefined || found.has(name)) continue;
    found.set(name, value);
  }
  return found;
}

/** The request asked for `return=minimal`. */
export function prefersMinimal(req: Request): boolean {
  return preferences(req.get('prefer')).get('return') === 'minimal';
}

/** Says the answer depends on Prefer, and which preference it honoured (`Preference-Applied`). */
export function answerPreference(res: Response, applied: string | undefined): void {
  res.vary('Prefer');
  if (applied) res.set('Preference-Applied', applied);
}

function wordValue(word: string): string | undefined {
  if (TOKEN.test(word)) return word.toLowerCase();
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(word);
  return quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/** `text` split at `separator`, except inside a quoted string. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '\\') {
      current += char + (text[++i] ?? '');
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}
