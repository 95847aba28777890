import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** A section, question or follow-up rule written as something other than an object (true, a string, ...). */
export const shapes: Rule = (ctx) => ctx.misshapen.map(({ pointer, what, example }) =>
  problem(pointer, 'checker.shape.notObject', { what, example }));
