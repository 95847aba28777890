/**
 * What changed between two versions, worded in the reader's language: `t`'s language picks each
 * version's translation, so titles are quoted in it (engine/diff/wording.ts): a published version's from the
 * registry, a draft's as given (its Welsh written in the editor). A side without one borrows the other's for
 * what it left unchanged.
 */
import { diffDefinitions, type DefinitionDiff } from '../../engine/diff/index.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import type { Translation } from '../../engine/i18n/index.ts';
import type { FormsRegistry } from '../forms-registry.ts';

interface Side {
  definition: unknown;
  /** A published version's name and version, whose translation the registry holds; absent for a draft. */
  name?: string;
  version?: string;
  /** A draft's translation in the reader's language, when it has one. */
  translation?: Translation;
}

export function versionsDiff(forms: FormsRegistry, from: Side, to: Side, t: Translate): DefinitionDiff {
  const language = t('engine.language');
  const translationOf = (side: Side) => side.translation ?? (side.name && side.version ? forms.translation(side.name, side.version, language) : undefined);
  return diffDefinitions(from.definition, to.definition, t, { from: translationOf(from), to: translationOf(to) });
}
