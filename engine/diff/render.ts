/** A diff as plain text (the CLI) or Markdown (papers for a steering group). JSON is the diff itself. */
import { changesBySection } from './by-section.ts';
import { DIFF_ENGLISH, type Translate } from './text.ts';
import { CHANGE_GROUP_ORDER, type DefinitionDiff } from './types.ts';

/** The summary's rows: each group with changes, headed in the language of `t`. */
export function countLines(diff: DefinitionDiff, t: Translate = DIFF_ENGLISH): { heading: string; count: number }[] {
  return CHANGE_GROUP_ORDER.flatMap((group) => {
    const count = diff.counts[group];
    return count ? [{ heading: t(`diff.group.${group}`), count }] : [];
  });
}

function heading(diff: DefinitionDiff, t: Translate): string {
  return t('diff.render.heading', { title: diff.title, form: diff.form, from: diff.from, to: diff.to });
}

export function renderDiffText(diff: DefinitionDiff, t: Translate = DIFF_ENGLISH): string {
  const lines = [heading(diff, t), ''];
  if (diff.changes.length === 0) return [...lines, t('diff.render.none'), ''].join('\n');
  lines.push(t('diff.render.count', { count: diff.changes.length }));
  for (const { heading: h, count } of countLines(diff, t)) lines.push(`  ${h}: ${count}`);
  for (const group of changesBySection(diff)) {
    lines.push('', group.title);
    for (const change of group.changes) lines.push(`  - ${change.sentence}`);
  }
  return [...lines, ''].join('\n');
}

/** Markdown that renders the same on GitHub and in pandoc; characters Markdown would read are escaped. */
const md = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function renderDiffMarkdown(diff: DefinitionDiff, t: Translate = DIFF_ENGLISH): string {
  const lines = [`# ${md(heading(diff, t))}`, ''];
  if (diff.changes.length === 0) return [...lines, t('diff.render.none'), ''].join('\n');
  lines.push(`| ${md(t('diff.render.change'))} | ${md(t('diff.render.number'))} |`, '|---|---:|');
  for (const { heading: h, count } of countLines(diff, t)) lines.push(`| ${md(h)} | ${count} |`);
  for (const group of changesBySection(diff)) {
    lines.push('', `## ${md(group.title)}`, '');
    for (const change of group.changes) lines.push(`- ${md(change.sentence)}`);
  }
  return [...lines, ''].join('\n');
}
