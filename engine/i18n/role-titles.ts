/**
 * Roles named in a sentence by their titles in the reader's language ("staff carchardai neu staff yr
 * heddlu"), never by their codes. The translator says which language it speaks (engine.language), so
 * every sentence-maker needs only `t`, as for any other word.
 */
import { joinList } from './engine-text.ts';
import { roleTitleIn } from './repository-data.ts';
import type { Translate } from './translator.ts';

/** "prison staff or police staff"; with `join: 'and'`, "policy teams and regional forums". */
export function rolesIn(codes: readonly string[], t: Translate, join: 'or' | 'and' = 'or'): string {
  const language = t('engine.language');
  const titles = codes.map((code) => roleTitleIn(code, language));
  return joinList(titles, join, t);
}
