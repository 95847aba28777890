/**
 * What each lifecycle state allows, in one place: the lifecycle refuses by these, and the view model
 * tells the browser by these, so no page re-derives a state rule.
 */
import type { LifecycleState } from './types.ts';

/** Answers may change (and the record may be confirmed) only before confirmation. */
export function answersCanChange(state: LifecycleState): boolean {
  return state === 'draft' || state === 'complete';
}

/** Handovers, events and red flags are appended to a confirmed record only. */
export function acceptsEntries(state: LifecycleState): boolean {
  return state === 'confirmed' || state === 'handedOver';
}

/** A record can be cancelled until the person is handed over. */
export function canBeCancelled(state: LifecycleState): boolean {
  return state !== 'handedOver' && state !== 'cancelled';
}

/** Whether a handover can still come (and its red flag acknowledgements): any record not cancelled. */
export function handoverAhead(state: LifecycleState): boolean {
  return state !== 'cancelled';
}
