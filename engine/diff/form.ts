/** Changes to the form as a whole (title, x-form settings) and to its sections. */
import { sameValue } from '../condition.ts';
import type { FormModel, SectionModel } from '../model.ts';
import { childPointer } from '../check/pointer.ts';
import type { Change, ChangeKind } from './types.ts';
import { andList, quote, rolesWords } from './words.ts';

type Fields = Omit<Change, 'kind' | 'section' | 'sectionTitle'>;
export type FormEmit = (kind: ChangeKind, section: SectionModel | undefined, fields: Fields) => void;

/** What each x-form setting decides, for "Who can confirm a record is now …". */
const SETTING_WORDS: Record<string, string> = {
  confirmRoles: 'Who can confirm a record', entryRoles: 'Who can add handovers, events and red flags',
  cancelRoles: 'Who can cancel a record', prefillFrom: 'The other forms that prefill it',
  redFlagPage: 'Whether the record has a red flag warning page', eventTypes: 'The kinds of event in the record of events',
};

function settingValueWords(key: string, value: unknown, other: unknown): string {
  if (value === undefined) return typeof other === 'boolean' ? 'no' : 'none';
  if (key === 'eventTypes' && Array.isArray(value)) return andList(value.map((t) => quote(String((t as { title?: unknown }).title))));
  if (Array.isArray(value)) return value.length ? andList(value.map(String)) : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
}

export function compareForm(from: FormModel, to: FormModel, emit: FormEmit): void {
  for (const field of ['title', 'description'] as const) {
    if (from[field] === to[field]) continue;
    emit('formWordingChanged', undefined, {
      pointers: { from: `/${field}`, to: `/${field}` }, before: from[field], after: to[field],
      sentence: `The form's ${field} is now ${to[field] === undefined ? 'none' : quote(to[field]!)} (was ${from[field] === undefined ? 'none' : quote(from[field]!)}).`,
    });
  }
  const settings = (model: FormModel) => model.settings as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(settings(from)), ...Object.keys(settings(to))])].filter((k) => k !== 'name' && k !== 'version');
  for (const key of keys) {
    const before = settings(from)[key];
    const after = settings(to)[key];
    if (sameValue(before, after)) continue;
    const pointer = childPointer('/x-form', key);
    emit('settingChanged', undefined, {
      pointers: { ...(before === undefined ? {} : { from: pointer }), ...(after === undefined ? {} : { to: pointer }) }, before, after,
      sentence: `${SETTING_WORDS[key] ?? `The setting "${key}"`}: now ${settingValueWords(key, after, before)} (was ${settingValueWords(key, before, after)}).`,
    });
  }
}

const confirmationWords = (section: SectionModel) => (section.requiredForConfirmation ? 'must be complete before the record is confirmed' : 'need not be complete before the record is confirmed');

export function sectionAddedSentence(section: SectionModel): string {
  return `New section ${quote(section.title)}, edited by ${rolesWords(section.editRoles)}; it ${confirmationWords(section)}.`;
}

export function compareSection(a: SectionModel, b: SectionModel, emit: FormEmit): void {
  const pointer = childPointer('/properties', b.key);
  const at = (tail: string) => ({ from: childPointer('/properties', a.key) + tail, to: pointer + tail });
  if (a.title !== b.title) {
    emit('sectionTitleChanged', b, { pointers: at('/title'), before: a.title, after: b.title, sentence: `Section ${quote(a.title)} is now called ${quote(b.title)}.` });
  }
  if (a.description !== b.description) {
    emit('sectionHintChanged', b, {
      pointers: at('/description'), before: a.description, after: b.description,
      sentence: `The description of section ${quote(b.title)} is now ${b.description === undefined ? 'none' : quote(b.description)} (was ${a.description === undefined ? 'none' : quote(a.description)}).`,
    });
  }
  if (!sameValue([...a.editRoles].sort(), [...b.editRoles].sort())) {
    emit('sectionRolesChanged', b, {
      pointers: at('/x-section/editRoles'), before: a.editRoles, after: b.editRoles,
      sentence: `Section ${quote(b.title)} can now be edited by ${rolesWords(b.editRoles)} (was ${rolesWords(a.editRoles)}).`,
    });
  }
  if (a.requiredForConfirmation !== b.requiredForConfirmation) {
    emit('sectionConfirmationChanged', b, {
      pointers: at('/x-section/requiredForConfirmation'), before: a.requiredForConfirmation, after: b.requiredForConfirmation,
      sentence: `Section ${quote(b.title)} now ${confirmationWords(b)}.`,
    });
  }
}
