import type { DefinitionDiff, SectionChanges } from './types.ts';

/** The changes in the order given, grouped by section (the whole form first). */
export function changesBySection(diff: DefinitionDiff): SectionChanges[] {
  const groups = new Map<string, SectionChanges>();
  for (const change of diff.changes) {
    let group = groups.get(change.section);
    if (!group) groups.set(change.section, group = { section: change.section, title: change.sectionTitle, changes: [] });
    group.changes.push(change);
  }
  return [...groups.values()];
}
