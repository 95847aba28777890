/**
 * Whether a language's interface text matches English: the same keys, the same placeholders, and every
 * plural category the language's rules use. Used by `form-engine validate` and the tests.
 */
import type { Message, Messages } from './translator.ts';

/** CLDR's own order, so problems read zero, one, two, few, many rather than the runtime's order. */
const CATEGORY_ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface LocaleProblem {
  key: string;
  problem: string;
}

export function checkLocale(lang: string, english: Messages, translated: Messages): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const used = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
  const categories = CATEGORY_ORDER.filter((category) => used.has(category));
  for (const [key, source] of Object.entries(english)) {
    const message = translated[key];
    if (message === undefined) {
      problems.push({ key, problem: `has no ${lang} text` });
      continue;
    }
    if (typeof source === 'string' !== (typeof message === 'string')) {
      problems.push({ key, problem: typeof source === 'string' ? 'is plain text in English but plural forms here' : 'has plural forms in English but plain text here' });
      continue;
    }
    if (typeof message !== 'string') {
      const absent = categories.filter((category) => message[category] === undefined);
      if (absent.length > 0) problems.push({ key, problem: `lacks the plural forms ${absent.join(', ')} that ${lang} uses` });
    }
    const want = placeholders(source);
    const have = placeholders(message);
    const lost = [...want].filter((name) => !have.has(name));
    const added = [...have].filter((name) => !want.has(name));
    if (lost.length > 0) problems.push({ key, problem: `lacks the placeholder ${lost.map((n) => `{${n}}`).join(', ')}` });
    if (added.length > 0) problems.push({ key, problem: `has the placeholder ${added.map((n) => `{${n}}`).join(', ')} that English has not` });
  }
  for (const key of Object.keys(translated)) {
    if (english[key] === undefined) problems.push({ key, problem: 'is not an English message (removed or misspelt?)' });
  }
  return problems;
}

function placeholders(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)));
}
