/**
 * What changed between two versions, worded in the reader's language: `t`'s language picks each
 * version's translation, so titles are quoted in it (engine/diff/wording.ts). A version without one (a
 * draft, a version published through the editor) borrows the other's for what it left unchanged.
 */
import { diffDefinitions, type DefinitionDiff } from '../../engine/diff/index.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import type { FormsRegistry } from '../forms-registry.ts';

interface Side {
  definition: unknown;
  /** A published version's name and version; absent for a draft, which has no translation. */
  name?: string;
  version?: string;
}

export function versionsDiff(forms: FormsRegistry, from: Side, to: Side, t: Translate): DefinitionDiff {
  const language = t('engine.language');
  const translationOf = (side: Side) => (side.name && side.version ? forms.translation(side.name, side.version, language) : undefined);
  return diffDefinitions(from.definition, to.definition, t, { from: translationOf(from), to: translationOf(to) });
}
