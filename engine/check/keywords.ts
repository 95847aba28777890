import { inEnglish, words, type ProblemParam } from './words.ts';

/** The closest of `candidates` to a misspelt word, if it is close enough to be what was meant. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** ' (did you mean "title"?)' as words for a problem's params, or '' when nothing is close. */
export function suggestion(word: string, candidates: Iterable<string>): ProblemParam {
  const guess = nearest(word, candidates);
  return guess ? words('checker.didYouMean', { word: guess }) : '';
}

/** The same in English, for the operators' tools' own messages. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const said = suggestion(word, candidates);
  return typeof said === 'object' ? inEnglish(said) : '';
}

/** Edit distance where swapping two neighbouring letters counts as one edit ("titel" is one edit from "title"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
