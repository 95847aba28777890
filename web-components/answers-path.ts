import { parsePointer } from '../engine/pointer.ts';
import type { AnswerValue, Answers } from '../engine/types.ts';

/** "/health/medication/0/name" -> ["health", "medication", 0, "name"]: list indexes become numbers. */
function pointerParts(pointer: string): (string | number)[] {
  return parsePointer(pointer).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A copy of the answers with the value at `pointer` set, or removed when `value` is undefined. */
export function setAnswer(answers: Answers, pointer: string, value: AnswerValue | undefined): Answers {
  return setIn(answers, pointerParts(pointer), value) as Answers;
}

export function getAnswer(answers: Answers, pointer: string): unknown {
  let current: unknown = answers;
  for (const step of pointerParts(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function setIn(container: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(container) ? [...(container as unknown[])] : [];
    list[head] = setIn(list[head] ?? {}, rest, value);
    return list;
  }
  const object = { ...((container ?? {}) as Record<string, unknown>) };
  const next = setIn(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}
