/** What the API answers for a record: the stored record plus the engine's view model of it. */
import { buildViewModel } from '../../engine/index.ts';
import type { FormRecord, Role, ViewModel } from '../../engine/types.ts';
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';
import { HttpError } from '../http/errors.ts';
import { serviceLocales, translator } from '../i18n/service-locales.ts';

export type RecordResponse = FormRecord & { viewModel: ViewModel };

/** The definition version a stored record was made on (always loaded: versions are never removed). */
export function formOf(forms: FormsRegistry, record: FormRecord): FormVersion {
  const form = forms.get(record.form, record.version);
  if (!form) throw new HttpError(500, 'missingDefinition', `The definition ${record.form} ${record.version} is not loaded`);
  return form;
}

/**
 * The record's version with its words in `language` (English where it has no translation). Its rules
 * are the English version's, so deciding a change with it decides the same: only refusals read differently.
 */
export function formIn(forms: FormsRegistry, record: FormRecord, language: string): FormVersion {
  return forms.localised(record.form, record.version, language) ?? formOf(forms, record);
}

/** The record with its view model for the viewer's roles (which sections they may edit, whether they may confirm), in their language. */
export function recordResponse(forms: FormsRegistry, record: FormRecord, roles: readonly Role[], language: string = serviceLocales().defaultLanguage): RecordResponse {
  return { ...record, viewModel: buildViewModel(formIn(forms, record, language).compiled, record, { roles, t: translator(language) }) };
}
