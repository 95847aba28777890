/**
 * Counts, for the save bench, what each save request costs besides the network: schema validations of
 * the whole record and of one section (wrapping the compiled forms' validators; the whole-record
 * validator calls the section functions directly, so a whole check counts once), and store reads and
 * writes of records. Bench-only: it replaces functions on the live registry and store objects.
 */
import type { FormsRegistry } from '../server/forms-registry.ts';
import type { Store } from '../server/store/types.ts';
import type { AnswersValidator } from '../engine/form.ts';

export interface SaveCounts { whole: number; section: number; reads: number; writes: number }

export function countSaveWork(forms: FormsRegistry, store: Store): () => SaveCounts {
  const counts: SaveCounts = { whole: 0, section: 0, reads: 0, writes: 0 };
  const counted = (validate: AnswersValidator, key: 'whole' | 'section'): AnswersValidator => {
    const wrapper: AnswersValidator = (data, at) => {
      counts[key]++;
      const valid = validate(data, at);
      wrapper.errors = validate.errors;
      return valid;
    };
    return wrapper;
  };
  for (const { name, versions } of forms.list()) {
    for (const version of versions) {
      const compiled = forms.get(name, version)!.compiled;
      compiled.validate = counted(compiled.validate, 'whole');
      if (compiled.sectionValidators) {
        compiled.sectionValidators = new Map([...compiled.sectionValidators].map(([key, v]) => [key, counted(v, 'section')]));
      }
    }
  }
  const { getRecord, updateRecord } = store;
  store.getRecord = (id) => { counts.reads++; return getRecord.call(store, id); };
  // Every argument passed on: the app's report facts ride on the update (FactsOfChange).
  store.updateRecord = (...args) => { counts.writes++; return updateRecord.apply(store, args); };
  return () => ({ ...counts });
}
