import { html, type TemplateResult } from 'lit';
import { sentenceParts, type SentencePart } from '../engine/diff/sentence-parts.ts';

/**
 * Text with the words left in English (a version without a translation of them) in <span lang="en">,
 * so a screen reader on a Welsh page reads them with an English voice (WCAG 3.1.2).
 */
export function englishMarked(text: string, inEnglish: readonly string[] | undefined): TemplateResult {
  return marked(sentenceParts(text, inEnglish));
}

function marked(parts: readonly SentencePart[]): TemplateResult {
  return html`${parts.map((part) => (part.lang ? html`<span lang=${part.lang}>${part.text}</span>` : part.text))}`;
}

/** How a component writes the definition's words (titles, hints, labels, messages, or sentences quoting them). */
export type Written = (text: string) => TemplateResult | string;

export const asWritten: Written = (text) => text;

/** How an answer is written: choice titles and list counts are the form's words; what someone typed is in no language the form knows. */
export function answerWriter(question: { choices?: unknown; list?: unknown } | undefined, write: Written): Written {
  return question?.choices || question?.list ? write : asWritten;
}

const SEEN_LIMIT = 5_000;

const writers = new WeakMap<readonly string[], Written>();

/** The writer of a loaded form's words (`inEnglish`: its texts still in English), made once per form. */
export function writerOf(form: { readonly inEnglish: readonly string[] } | undefined): Written {
  if (!form) return asWritten;
  let found = writers.get(form.inEnglish);
  if (!found) writers.set(form.inEnglish, found = englishWriter(form.inEnglish));
  return found;
}

/**
 * Writes a definition's words with those still in English marked, on a page in another language. A
 * text is cut into parts only once: a page re-renders the same titles on every keystroke.
 */
export function englishWriter(inEnglish: readonly string[]): Written {
  if (inEnglish.length === 0) return asWritten;
  const whole = new Set(inEnglish);
  const seen = new Map<string, TemplateResult | string>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) {
      found = whole.has(text) ? html`<span lang="en">${text}</span>` : markedIfQuoting(text, inEnglish);
      // Notices and answers add texts the form never had: a long session must not keep them all.
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(text, found);
    }
    return found;
  };
}

function markedIfQuoting(text: string, inEnglish: readonly string[]): TemplateResult | string {
  const parts = sentenceParts(text, inEnglish);
  return parts.some((part) => part.lang) ? marked(parts) : text;
}

