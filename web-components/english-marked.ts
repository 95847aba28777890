import { html, type TemplateResult } from 'lit';
import { sentenceParts } from '../engine/diff/sentence-parts.ts';

/**
 * Text with the words left in English (a version without a translation of them) in <span lang="en">,
 * so a screen reader on a Welsh page reads them with an English voice (WCAG 3.1.2).
 */
export function englishMarked(text: string, inEnglish: readonly string[] | undefined): TemplateResult {
  return html`${sentenceParts(text, inEnglish).map((part) => (part.lang ? html`<span lang=${part.lang}>${part.text}</span>` : part.text))}`;
}
