/**
 * How pages name a list's items in a sentence ("Add an officer", "2 officers", "No medicines added").
 * The words are data (x-list.itemNoun, itemNounPlural, itemArticle): English plurals and articles cannot
 * be derived from a title. A list that does not name them is worded with "item", which is never wrong.
 */
export interface ListNoun {
  /** "officer" */
  singular: string;
  /** "officers" */
  plural: string;
  /** "a" or "an", as said before the singular. */
  article: 'a' | 'an';
}

export const GENERIC_ITEM: ListNoun = { singular: 'item', plural: 'items', article: 'an' };

export function listNoun(xList: Record<string, unknown>): ListNoun {
  const { itemNoun, itemNounPlural, itemArticle } = xList;
  if (typeof itemNoun !== 'string' || typeof itemNounPlural !== 'string') return GENERIC_ITEM;
  return { singular: itemNoun, plural: itemNounPlural, article: itemArticle === 'an' ? 'an' : 'a' };
}

/** "1 officer", "2 officers", "0 officers". */
export function countOf(count: number, noun: ListNoun): string {
  return `${count} ${count === 1 ? noun.singular : noun.plural}`;
}

/** "an officer". */
export function oneOf(noun: ListNoun): string {
  return `${noun.article} ${noun.singular}`;
}
