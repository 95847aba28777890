import { childPointer } from '../../pointer.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** A lower limit above its upper limit means no answer could ever pass: the question could not be completed. */
const PAIRS: [string, string][] = [['minLength', 'maxLength'], ['minimum', 'maximum'], ['minItems', 'maxItems']];

export const limits: Rule = (ctx) => ctx.nodes.flatMap(({ schema, pointer }) => PAIRS
  .filter(([low, high]) => typeof schema[low] === 'number' && typeof schema[high] === 'number' && (schema[low] as number) > (schema[high] as number))
  .map(([low, high]) => problem(childPointer(pointer, low), 'checker.limits.crossed', { low, lowValue: String(schema[low]), high, highValue: String(schema[high]) })));
