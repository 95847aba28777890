/** Which two versions of a form a diff compares, from the request's `from` and `to`, each named when wrong. */
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';
import { notFound, refused, words } from '../http/errors.ts';

export interface VersionPair {
  name: string;
  title: string;
  /** Every version of the form, oldest first. */
  versions: string[];
  from: FormVersion;
  to: FormVersion;
}

function versionParameter(forms: FormsRegistry, name: string, versions: string[], field: string, value: unknown): FormVersion | undefined {
  if (value === undefined || value === '') return undefined;
  const known = versions.join(', ');
  if (typeof value !== 'string') throw refused(field, words('api.version.once', { field, versions: known }));
  const version = forms.get(name, value);
  if (!version) throw refused(field, words('api.version.unknown', { field, form: name, value, versions: known }));
  return version;
}

/** Without `to`, the newest version; without `from`, the version before `to` (or `to` itself when it is the first). */
export function versionPair(forms: FormsRegistry, name: string, query: { from?: unknown; to?: unknown }): VersionPair {
  const form = forms.list().find((f) => f.name === name);
  if (!form) throw notFound(words('api.form.none', { name }));
  const { versions } = form;
  const to = versionParameter(forms, name, versions, 'to', query.to) ?? forms.get(name, versions.at(-1)!)!;
  const before = versions[Math.max(0, versions.indexOf(to.version) - 1)]!;
  const from = versionParameter(forms, name, versions, 'from', query.from) ?? forms.get(name, before)!;
  return { name, title: form.title, versions, from, to };
}
