import { childPointer } from '../../pointer.ts';
import { didYouMean } from '../keywords.ts';
import type { Rule } from '../rule.ts';

/** A keyword neither JSON Schema nor the form vocabulary knows is a typo: nothing would read it. */
export const unknownKeyword: Rule = ({ nodes, validators: { knownKeywords } }) => nodes.flatMap((node) => Object.keys(node.schema)
  .filter((keyword) => !knownKeywords.has(keyword))
  .map((keyword) => ({
    pointer: childPointer(node.pointer, keyword),
    message: `unknown keyword "${keyword}"${didYouMean(keyword, knownKeywords)}`,
  })));
