/**
 * How pages name a list's items in a sentence ("Add an officer", "2 officers", "No medicines added").
 * The words are data (x-list.itemNoun, itemNounPlural, itemArticle): English plurals and articles cannot
 * be derived from a title. A list that does not name them is worded with "item" (engine.json), which is
 * never wrong.
 */
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

export interface ListNoun {
  /** "officer" */
  singular: string;
  /** "officers" */
  plural: string;
  /** "a" or "an", as said before the singular. */
  article: 'a' | 'an';
}

export const GENERIC_ITEM: ListNoun = { singular: 'item', plural: 'items', article: 'an' };

/** The generic noun in the language of `t`. */
export function genericItem(t: Translate = ENGLISH): ListNoun {
  return t === ENGLISH ? GENERIC_ITEM : {
    singular: t('engine.list.item.singular'), plural: t('engine.list.item.plural'), article: t('engine.list.item.article') === 'a' ? 'a' : 'an',
  };
}

export function listNoun(xList: Record<string, unknown>): ListNoun {
  const { itemNoun, itemNounPlural, itemArticle } = xList;
  if (typeof itemNoun !== 'string' || typeof itemNounPlural !== 'string') return GENERIC_ITEM;
  return { singular: itemNoun, plural: itemNounPlural, article: itemArticle === 'an' ? 'an' : 'a' };
}

/** "1 officer", "2 officers", "0 officers" (Welsh: six plural forms, engine.list.count). */
export function countOf(count: number, noun: ListNoun, t: Translate = ENGLISH): string {
  const words = noun === GENERIC_ITEM ? genericItem(t) : noun;
  return t('engine.list.count', { count, singular: words.singular, plural: words.plural });
}

/** "an officer". */
export function oneOf(noun: ListNoun, t: Translate = ENGLISH): string {
  const words = noun === GENERIC_ITEM ? genericItem(t) : noun;
  return t(`engine.list.oneOf.${words.article}`, { singular: words.singular });
}
