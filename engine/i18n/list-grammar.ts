/**
 * How a language changes the word that follows "and" or "or" in a list. Welsh is the one we speak that
 * does: "a" is "ac" before a vowel ("staff carchardai ac archwilwyr"), "a" brings the aspirate mutation
 * (c, p, t become ch, ph, th: "staff hebrwng a thimau polisi") and "neu" the soft mutation ("staff
 * hebrwng neu dimau polisi"). Only what our lists hold is changed: lower-case words (role titles, the
 * service's own words). A capitalised word (an answer's label, a name) and a quoted title are shown as
 * their author wrote them, since a mutated title would no longer match the one on the form.
 */

export type Joiner = 'and' | 'or';

interface ListGrammar {
  /** Whether `word` takes the language's before-a-vowel form of "and". */
  beforeVowel(word: string): boolean;
  /** The word as it reads after the joiner. */
  after: Record<Joiner, (word: string) => string>;
}

// Welsh vowels include w and y, with or without a circumflex or an accent.
const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i;

const ASPIRATE: readonly [string, string][] = [['c', 'ch'], ['p', 'ph'], ['t', 'th']];
// Longest first, so "ll" and "rh" are matched before "l" and "r" would be (they are not mutated by themselves).
const SOFT: readonly [string, string][] = [['ll', 'l'], ['rh', 'r'], ['c', 'g'], ['p', 'b'], ['t', 'd'], ['g', ''], ['b', 'f'], ['d', 'dd'], ['m', 'f']];
// Already mutated or never mutated at the start of a word: ch, ph, th, dd, ff.
const UNCHANGING = /^(ch|ph|th|dd|ff)/;

function mutate(table: readonly [string, string][]): (word: string) => string {
  return (word) => {
    if (!/^\p{Ll}/u.test(word) || UNCHANGING.test(word)) return word;
    const rule = table.find(([from]) => word.startsWith(from));
    return rule ? rule[1] + word.slice(rule[0].length) : word;
  };
}

const GRAMMARS: Readonly<Record<string, ListGrammar>> = {
  cy: {
    // Spoken, a quotation mark is silent: "ac ‘Asesiad’".
    beforeVowel: (word) => WELSH_VOWEL.test(word.replace(/^[^\p{L}]+/u, '')),
    after: { and: mutate(ASPIRATE), or: mutate(SOFT) },
  },
};

/** The word after the joiner in `language`, and whether "and" takes its before-a-vowel form. */
export function wordAfter(language: string, joiner: Joiner, word: string): { word: string; beforeVowel: boolean } {
  const grammar = GRAMMARS[language];
  if (!grammar) return { word, beforeVowel: false };
  const changed = grammar.after[joiner](word);
  return { word: changed, beforeVowel: joiner === 'and' && grammar.beforeVowel(changed) };
}
