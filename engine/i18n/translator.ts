/**
 * Interface text in more than one language. The words live in locale files (forms/locales/<lang>/<area>.json),
 * never in code; code names a message by key. Browser-safe: the server and the components share it.
 */

/** A message that varies with a count, by Intl.PluralRules category (Welsh uses all six). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** One locale file's contents, as forms/schemas/locale.schema.json checks it. */
export interface LocaleFile {
  language: string;
  /** Who has checked the words: translations written here are drafts until a speaker reviews them. */
  review?: string;
  messages: Messages;
}

export type Translate = (key: string, params?: MessageParams) => string;

/**
 * A function giving the text of a key in `lang`, falling back to `fallback` (English) for a key the
 * language lacks, so a half-translated area degrades to English rather than to a raw key. A key neither
 * has is returned as it is: tests check completeness, so that shows a defect plainly instead of hiding it.
 */
export function createTranslator(lang: string, messages: Messages, fallback: Messages = {}): Translate {
  const plurals = new Intl.PluralRules(lang);
  return (key, params = {}) => {
    const message = messages[key] ?? fallback[key];
    if (message === undefined) return key;
    const text = typeof message === 'string' ? message : pluralText(message, plurals, params.count);
    return fill(text, params);
  };
}

function pluralText(forms: PluralForms, plurals: Intl.PluralRules, count: string | number | undefined): string {
  const n = Number(count);
  if (!Number.isFinite(n)) return forms.other;
  return forms[plurals.select(n)] ?? forms.other;
}

/** `{name}` placeholders from params; a placeholder without a value stays visible so tests catch it. */
function fill(text: string, params: MessageParams): string {
  // Most messages (choice labels, month names) have no placeholder; a view model asks for hundreds.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Every locale file of one language merged into one set; a key written twice is a data error. */
export function mergeLocaleFiles(files: ReadonlyArray<{ name: string; file: LocaleFile }>): Messages {
  const merged: Record<string, Message> = {};
  const from = new Map<string, string>();
  for (const { name, file } of files) {
    for (const [key, message] of Object.entries(file.messages)) {
      const earlier = from.get(key);
      if (earlier) throw new Error(`${name}: message "${key}" is already defined in ${earlier}`);
      from.set(key, name);
      merged[key] = message;
    }
  }
  return merged;
}
