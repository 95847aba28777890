/**
 * The translations the server serves: the files beside the definitions, overlaid by those policy teams
 * wrote in the browser (kept in the store). The rule for a version that has both: the store's wins, per
 * language, whole (it was written later, through the audited API, by someone who saw the file's words
 * in the page); a version published from a draft has its draft's translation until the version has its
 * own. Like the registry's versions, the overlay is rebuilt only when the store's stamp moves (the
 * registry's one small question before each request, RegistryStamp), so a save on any server instance is
 * served by all on their next request.
 */
import type { Translation } from '../../engine/i18n/index.ts';
import type { Store } from '../store/types.ts';
import type { RegistryStamp } from '../store/definitions-types.ts';
import { draftSubject, versionSubject, type StoredTranslation } from '../store/translations.ts';
import type { FilesTranslations } from './languages.ts';

export interface TranslationsSource {
  /** The translations as last loaded: read on every localised request, so it must be cheap. */
  current(): FilesTranslations;
  /** Reloads when any translation changed, or the number of published versions moved, since the last load (both in the registry's stamp). */
  refresh(stamp: RegistryStamp): Promise<void>;
}

export function storeTranslations(store: Store, files: FilesTranslations): TranslationsSource {
  let current = files;
  let loaded = { translations: -1, versions: -1 };

  async function load(now: typeof loaded): Promise<void> {
    const [stored, published] = await Promise.all([store.listTranslations(), store.listPublishedVersions()]);
    const bySubject = new Map<string, StoredTranslation[]>();
    for (const t of stored) bySubject.set(t.subject, [...(bySubject.get(t.subject) ?? []), t]);
    const definitions = new Map(files.definitions);
    for (const { name, version, draftId } of published) {
      const own = [...(draftId ? bySubject.get(draftSubject(draftId)) ?? [] : []), ...(bySubject.get(versionSubject(name, version)) ?? [])];
      if (own.length === 0) continue;
      const languages: Partial<Record<string, Translation>> = { ...definitions.get(`${name}@${version}`) };
      for (const t of own) languages[t.language] = t.translation;
      definitions.set(`${name}@${version}`, languages);
    }
    // Requests refresh concurrently: a slower load of an older state must not replace a newer one.
    if (now.translations < loaded.translations || now.versions < loaded.versions) return;
    current = { definitions, data: files.data };
    loaded = now;
  }

  return {
    current: () => current,
    async refresh({ translations, versions }) {
      if (translations !== loaded.translations || versions !== loaded.versions) await load({ translations, versions });
    },
  };
}
