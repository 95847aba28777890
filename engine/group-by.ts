/**
 * Lists split by a key in one pass: a view model and the confirmation blockers look up errors, flags
 * and unreviewed answers per section and per answer, and filtering the whole list for each of them
 * cost (sections x errors) on every save answered in full.
 */

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The pointers of answers prefilled and not yet reviewed, by the section they are in ("/<section>/..."). */
export function unreviewedBySection(prefill: Readonly<Record<string, { needsReview?: boolean }>>): Map<string, string[]> {
  const pointers: string[] = [];
  for (const pointer of Object.keys(prefill)) if (prefill[pointer]!.needsReview) pointers.push(pointer);
  return groupBy(pointers, (pointer) => pointer.split('/')[1] ?? '');
}
