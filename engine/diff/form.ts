/** Changes to the form as a whole (title, x-form settings) and to its sections. */
import { sameValue } from '../condition.ts';
import type { FormModel, SectionModel } from '../model.ts';
import { childPointer } from '../pointer.ts';
import { ROLES } from '../vocabulary/roles.ts';
import { source } from './wording.ts';
import type { Change, ChangeKind } from './types.ts';
import { andList, quote, rolesWords } from './words.ts';
import { textIfAny, type Translate } from './text.ts';

type Fields = Omit<Change, 'kind' | 'section' | 'sectionTitle'>;
export type FormEmit = (kind: ChangeKind, section: SectionModel | undefined, fields: Fields) => void;

/** What an x-form setting decides ("Who can confirm a record"), from diff.setting.<key>. */
const settingWords = (key: string, t: Translate) => textIfAny(t, `diff.setting.${key}`) ?? t('diff.setting.other', { key });

function settingValueWords(key: string, value: unknown, other: unknown, t: Translate): string {
  if (value === undefined) return t(typeof other === 'boolean' ? 'diff.no' : 'diff.none');
  if (key === 'eventTypes' && Array.isArray(value)) return andList(value.map((type) => quote(String((type as { title?: unknown }).title), t)), t);
  // A setting listing roles (who may confirm, cancel, add entries) names them by their titles.
  if (Array.isArray(value) && value.length > 0 && value.every((v) => ROLES.includes(v as string))) return rolesWords(value as string[], t);
  if (Array.isArray(value)) return value.length ? andList(value.map(String), t) : t('diff.none');
  if (typeof value === 'boolean') return t(value ? 'diff.yes' : 'diff.no');
  return JSON.stringify(value);
}

export function compareForm(from: FormModel, to: FormModel, emit: FormEmit, t: Translate): void {
  const shown = (text: string | undefined) => (text === undefined ? t('diff.none') : quote(text, t));
  for (const field of ['title', 'description'] as const) {
    if (source(from)[field] === source(to)[field]) continue;
    emit('formWordingChanged', undefined, {
      pointers: { from: `/${field}`, to: `/${field}` }, before: from[field], after: to[field],
      sentence: t(`diff.form.${field}`, { now: shown(to[field]), was: shown(from[field]) }),
    });
  }
  const settings = (model: FormModel) => model.settings as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(settings(from)), ...Object.keys(settings(to))])].filter((k) => k !== 'name' && k !== 'version');
  for (const key of keys) {
    const before = settings(from)[key];
    const after = settings(to)[key];
    if (sameValue(settings(source(from))[key], settings(source(to))[key])) continue;
    const pointer = childPointer('/x-form', key);
    emit('settingChanged', undefined, {
      pointers: { ...(before === undefined ? {} : { from: pointer }), ...(after === undefined ? {} : { to: pointer }) }, before, after,
      sentence: t('diff.setting.changed', { setting: settingWords(key, t), now: settingValueWords(key, after, before, t), was: settingValueWords(key, before, after, t) }),
    });
  }
}

const confirmationWords = (section: SectionModel, t: Translate) => t(section.requiredForConfirmation ? 'diff.section.mustComplete' : 'diff.section.needNotComplete');

export function sectionAddedSentence(section: SectionModel, t: Translate): string {
  return t('diff.section.added', { title: quote(section.title, t), roles: rolesWords(section.editRoles, t), confirmation: confirmationWords(section, t) });
}

export function compareSection(a: SectionModel, b: SectionModel, emit: FormEmit, t: Translate): void {
  const shown = (text: string | undefined) => (text === undefined ? t('diff.none') : quote(text, t));
  const pointer = childPointer('/properties', b.key);
  const at = (tail: string) => ({ from: childPointer('/properties', a.key) + tail, to: pointer + tail });
  if (source(a).title !== source(b).title) {
    emit('sectionTitleChanged', b, { pointers: at('/title'), before: a.title, after: b.title, sentence: t('diff.section.title', { was: quote(a.title, t), now: quote(b.title, t) }) });
  }
  if (source(a).description !== source(b).description) {
    emit('sectionHintChanged', b, {
      pointers: at('/description'), before: a.description, after: b.description,
      sentence: t('diff.section.description', { title: quote(b.title, t), now: shown(b.description), was: shown(a.description) }),
    });
  }
  if (!sameValue([...a.editRoles].sort(), [...b.editRoles].sort())) {
    emit('sectionRolesChanged', b, {
      pointers: at('/x-section/editRoles'), before: a.editRoles, after: b.editRoles,
      sentence: t('diff.section.roles', { title: quote(b.title, t), now: rolesWords(b.editRoles, t), was: rolesWords(a.editRoles, t) }),
    });
  }
  if (a.requiredForConfirmation !== b.requiredForConfirmation) {
    emit('sectionConfirmationChanged', b, {
      pointers: at('/x-section/requiredForConfirmation'), before: a.requiredForConfirmation, after: b.requiredForConfirmation,
      sentence: t('diff.section.confirmation', { title: quote(b.title, t), confirmation: confirmationWords(b, t) }),
    });
  }
}
