import { childPointer } from '../pointer.ts';
import { didYouMean, KNOWN_KEYWORDS } from '../keywords.ts';
import type { Rule } from '../rule.ts';

/** A keyword neither JSON Schema nor the form vocabulary knows is a typo: nothing would read it. */
export const unknownKeyword: Rule = (ctx) => ctx.nodes.flatMap((node) => Object.keys(node.schema)
  .filter((keyword) => !KNOWN_KEYWORDS.has(keyword))
  .map((keyword) => ({
    pointer: childPointer(node.pointer, keyword),
    message: `unknown keyword "${keyword}"${didYouMean(keyword, KNOWN_KEYWORDS)}`,
  })));
