/**
 * Which questions of a group (a section or one list item) show, and which of those are mandatory, for
 * the answers given. Follow-ups show when their `if` holds; a `then` may nest further follow-ups.
 */
import { holds } from './condition.ts';
import type { GroupModel } from './model.ts';

export interface GroupState {
  visible: Set<string>;
  mandatory: Set<string>;
}

export function groupState(group: GroupModel, answers: Record<string, unknown>): GroupState {
  const state: GroupState = { visible: new Set(), mandatory: new Set() };
  addGroup(group, answers, state);
  return state;
}

function addGroup(group: GroupModel, answers: Record<string, unknown>, state: GroupState): void {
  for (const question of group.questions) state.visible.add(question.key);
  for (const key of group.required) state.mandatory.add(key);
  for (const rule of group.rules) {
    if (holds(rule.condition, answers)) addGroup(rule.then, answers, state);
  }
}
