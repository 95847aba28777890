/**
 * Text for a page with the words left in English marked lang="en" (a version without a translation of
 * them), so a screen reader on a Welsh page reads them with an English voice (WCAG 3.1.2). Escaped.
 */
import { sentenceParts } from '../../engine/diff/sentence-parts.ts';
import { escapeHtml } from './layout.ts';

export function englishMarked(text: string, inEnglish: readonly string[] | undefined): string {
  return sentenceParts(text, inEnglish).map((part) => (part.lang ? `<span lang="${part.lang}">${escapeHtml(part.text)}</span>` : escapeHtml(part.text))).join('');
}
