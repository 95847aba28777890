import { html, nothing } from 'lit';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionKind } from '../../engine/vocabulary/index.ts';
import type { QuestionContext } from './context.ts';
import { renderRadios } from './radios.ts';
import { renderCheckboxes } from './checkboxes.ts';
import { renderText } from './text.ts';
import { renderLongText } from './long-text.ts';
import { renderNumber } from './number.ts';
import { renderDate } from './date.ts';
import { renderList } from './list.ts';
import { followUpsHere } from './parts.ts';

const renderers: Record<QuestionKind, (ctx: QuestionContext, question: QuestionView) => unknown> = {
  yesNo: renderRadios,
  singleChoice: renderRadios,
  multipleChoice: renderCheckboxes,
  text: renderText,
  longText: renderLongText,
  number: renderNumber,
  date: renderDate,
  dateTime: renderDate,
  list: renderList,
};

/** One question with its follow-ups whose condition is not a single choice (shown after it). */
export function renderQuestion(ctx: QuestionContext, question: QuestionView): unknown {
  const after = followUpsHere(ctx, question.followUps).filter((q) => q.visible);
  return html`${renderers[question.kind](ctx, question)}${after.length ? after.map((q) => renderQuestion(ctx, q)) : nothing}`;
}
