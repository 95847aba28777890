/**
 * Roles named in a sentence by their titles in the reader's language ("staff carchardai neu staff yr
 * heddlu"), never by their codes. The translator says which language it speaks (engine.language), so
 * every sentence-maker needs only `t`, as for any other word.
 */
import { orList } from './engine-text.ts';
import { roleTitleIn } from './repository-data.ts';
import type { Translate } from './translator.ts';

/** "prison staff or police staff"; with `join: 'and'`, "policy teams and regional forums". */
export function rolesIn(codes: readonly string[], t: Translate, join: 'or' | 'and' = 'or'): string {
  const language = t('engine.language');
  const titles = codes.map((code) => roleTitleIn(code, language));
  if (join === 'or') return orList(titles, t);
  return titles.length > 1 ? t('engine.and', { first: titles.slice(0, -1).join(', '), last: titles.at(-1)! }) : titles.join('');
}
