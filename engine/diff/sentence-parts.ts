/**
 * A sentence cut where it quotes English in another language's page, so a page or component can mark
 * those words lang="en" and a screen reader reads them with an English voice (WCAG 3.1.2).
 */
export interface SentencePart {
  text: string;
  /** "en" for words left in English; absent for the sentence's own language. */
  lang?: string;
}

const LETTER = /\p{L}/u;

/** `sentence` in parts, each of `english` found as whole words marked lang "en"; longest first, so a title inside another is not cut out of it. */
export function sentenceParts(sentence: string, english: readonly string[] = []): SentencePart[] {
  const texts = longestFirst(english);
  const parts: SentencePart[] = [];
  let rest = sentence;
  while (rest !== '') {
    let found: { at: number; text: string } | undefined;
    for (const text of texts) {
      let at = rest.indexOf(text);
      while (at >= 0 && !wholeWords(rest, at, text.length)) at = rest.indexOf(text, at + 1);
      if (at >= 0 && (!found || at < found.at)) found = { at, text };
    }
    if (!found) break;
    if (found.at > 0) parts.push({ text: rest.slice(0, found.at) });
    parts.push({ text: found.text, lang: 'en' });
    rest = rest.slice(found.at + found.text.length);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts;
}

// A page or print cuts hundreds of sentences against the same list: it is sorted once, not per sentence.
const sorted = new WeakMap<readonly string[], string[]>();
function longestFirst(english: readonly string[]): string[] {
  let found = sorted.get(english);
  if (!found) sorted.set(english, found = english.filter((text) => text !== '').sort((a, b) => b.length - a.length));
  return found;
}

function wholeWords(text: string, at: number, length: number): boolean {
  return !LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + length] ?? '');
}
