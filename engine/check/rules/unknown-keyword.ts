import { childPointer } from '../../pointer.ts';
import { suggestion } from '../keywords.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** A keyword neither JSON Schema nor the form vocabulary knows is a typo: nothing would read it. */
export const unknownKeyword: Rule = ({ nodes, validators: { knownKeywords } }) => nodes.flatMap((node) => Object.keys(node.schema)
  .filter((keyword) => !knownKeywords.has(keyword))
  .map((keyword) => problem(childPointer(node.pointer, keyword), 'checker.unknownKeyword', { keyword, suggestion: suggestion(keyword, knownKeywords) })));
