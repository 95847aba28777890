/** A diff as plain text (the CLI) or Markdown (papers for a steering group). JSON is the diff itself. */
import { changesBySection } from './by-section.ts';
import { CHANGE_GROUPS, type ChangeGroup, type DefinitionDiff } from './types.ts';

export function countLines(diff: DefinitionDiff): { heading: string; count: number }[] {
  return (Object.keys(CHANGE_GROUPS) as ChangeGroup[]).flatMap((group) => {
    const count = diff.counts[group];
    return count ? [{ heading: CHANGE_GROUPS[group], count }] : [];
  });
}

function heading(diff: DefinitionDiff): string {
  return `${diff.title} (${diff.form}): changes from version ${diff.from} to ${diff.to}`;
}

export function renderDiffText(diff: DefinitionDiff): string {
  const lines = [heading(diff), ''];
  if (diff.changes.length === 0) return [...lines, 'No changes.', ''].join('\n');
  lines.push(`${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}:`);
  for (const { heading: h, count } of countLines(diff)) lines.push(`  ${h}: ${count}`);
  for (const group of changesBySection(diff)) {
    lines.push('', group.title);
    for (const change of group.changes) lines.push(`  - ${change.sentence}`);
  }
  return [...lines, ''].join('\n');
}

/** Markdown that renders the same on GitHub and in pandoc; characters Markdown would read are escaped. */
const md = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function renderDiffMarkdown(diff: DefinitionDiff): string {
  const lines = [`# ${md(heading(diff))}`, ''];
  if (diff.changes.length === 0) return [...lines, 'No changes.', ''].join('\n');
  lines.push('| Change | Count |', '|---|---:|');
  for (const { heading: h, count } of countLines(diff)) lines.push(`| ${md(h)} | ${count} |`);
  for (const group of changesBySection(diff)) {
    lines.push('', `## ${md(group.title)}`, '');
    for (const change of group.changes) lines.push(`- ${md(change.sentence)}`);
  }
  return [...lines, ''].join('\n');
}
