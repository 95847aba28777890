/** Every keyword that checks answers beyond JSON Schema, one module each. Add a keyword here and nowhere else. */
import type { AnswerKeyword } from './answer-keyword.ts';
import { xDate } from './x-date.ts';
import { xExclusive } from './x-exclusive.ts';

export const ANSWER_KEYWORDS: readonly AnswerKeyword[] = [xExclusive, xDate];
