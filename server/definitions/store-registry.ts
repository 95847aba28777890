/**
 * The server's forms registry, backed by the store so that every server sees what any of them
 * published. At start the files in the forms folder are imported as published baseline versions (a
 * file whose content differs from the version already published under its name stops the start) and
 * forms/rollout.json becomes the rollout when it changed since it was last imported. Before each
 * request `refresh` asks the store one small question (how many versions, which rollout revision, how
 * many translation changes) and reloads only what changed. Compiled forms are cached by content hash: they never change.
 */
import type { Logger } from 'pino';
import { compare } from 'semver';
import type { Rollout } from '../../engine/rollout.ts';
import { readFormsFiles, registryOver, type FormVersion, type FormsRegistry, type RegistrySnapshot } from '../forms-registry.ts';
import { DuplicateError, type Store } from '../store/types.ts';
import type { RegistryStamp } from '../store/definitions-types.ts';
import { withEveryForm } from './rollout-view.ts';
import { storeTranslations } from './store-translations.ts';
import { DIRECT_COMPILER, type DefinitionCompiler } from './definition-cache.ts';

/** Who a rollout imported from the forms folder is recorded as. */
export const ROLLOUT_FILE = 'forms/rollout.json';

const fileOf = (name: string, version: string) => `forms/${name}/${version}.json`;

async function importVersions(store: Store, dir: string, forms: Map<string, FormVersion[]>): Promise<void> {
  const at = new Date().toISOString();
  for (const version of [...forms.values()].flat()) {
    try {
      await store.publishVersion({ name: version.name, version: version.version, hash: version.hash, definition: JSON.stringify(version.definition), publishedAt: at, publishedBy: fileOf(version.name, version.version) });
    } catch (error) {
      if (!(error instanceof DuplicateError)) throw error;
      throw new Error(`${dir}/${version.name}/${version.version}.json differs from ${version.name} ${version.version} already published in the store, and a published version never changes: give your change a new version number (or export the store's version with "form-engine export")`);
    }
  }
}

/** The file's rollout becomes current when it differs from the one last imported from it. */
async function importRollout(store: Store, rollout: Rollout, logger?: Logger): Promise<void> {
  const { $schema: _schema, ...data } = rollout as Rollout & { $schema?: string };
  const text = JSON.stringify(data);
  const history = await store.rolloutHistory();
  const lastImported = history.findLast((r) => r.by === ROLLOUT_FILE);
  if (lastImported?.rollout === text) return;
  const current = history.at(-1);
  if (current && current.by !== ROLLOUT_FILE) logger?.warn(`${ROLLOUT_FILE} changed since it was last imported: it replaces the rollout approved by ${current.by} at ${current.at} (revision ${current.revision}, kept in the history)`);
  await store.putRollout({ rollout: text, at: new Date().toISOString(), by: ROLLOUT_FILE, reason: 'imported at start' }, current?.revision ?? 0);
}

/** `compiler`: how definitions are checked and compiled (`npm start` passes its definition cache, definition-cache.ts). */
export async function openFormsRegistry(store: Store, dir: string, logger?: Logger, compiler: DefinitionCompiler = DIRECT_COMPILER): Promise<FormsRegistry> {
  const files = readFormsFiles(dir, compiler);
  await importVersions(store, dir, files.forms);
  await importRollout(store, files.rollout, logger);
  // Promises, so two requests needing the same new version compile it once.
  const compiled = new Map<string, Promise<FormVersion>>([...files.forms.values()].flat().map((v) => [v.hash, Promise.resolve(v)]));
  let snapshot: RegistrySnapshot = { rollout: files.rollout, forms: files.forms };
  let stamp: RegistryStamp = { versions: -1, rolloutRevision: -1, translations: -1 };

  async function load(name: string, version: string, hash: string): Promise<FormVersion> {
    const stored = await store.getPublishedVersion(name, version);
    if (!stored) throw new Error(`${name} ${version} is listed as published but cannot be read from the store`);
    const definition = JSON.parse(stored.definition) as Record<string, unknown>;
    const form = compiler.compile(definition);
    return { name, version, title: form.model.title, hash, definition, compiled: form };
  }

  function versionOf(name: string, version: string, hash: string): Promise<FormVersion> {
    let found = compiled.get(hash);
    if (!found) {
      found = load(name, version, hash);
      found.catch(() => compiled.delete(hash));
      compiled.set(hash, found);
    }
    return found;
  }

  async function reload(now: RegistryStamp): Promise<void> {
    const listed = await store.listPublishedVersions();
    const loaded = await Promise.all(listed.map((v) => versionOf(v.name, v.version, v.hash)));
    const forms = new Map<string, FormVersion[]>();
    for (const version of loaded) forms.set(version.name, [...(forms.get(version.name) ?? []), version]);
    for (const versions of forms.values()) versions.sort((a, b) => compare(a.version, b.version));
    const stored = await store.getRollout();
    const rollout = stored ? (JSON.parse(stored.rollout) as Rollout) : files.rollout;
    // Requests refresh concurrently: a slower reload of an older state must not replace a newer one.
    if (now.versions < stamp.versions || now.rolloutRevision < stamp.rolloutRevision) return;
    snapshot = { rollout: withEveryForm(rollout, listed), forms };
    stamp = now;
  }

  const translations = storeTranslations(store, files.translations);
  const refresh = async (): Promise<void> => {
    const now = await store.registryStamp();
    if (now.versions !== stamp.versions || now.rolloutRevision !== stamp.rolloutRevision) await reload(now);
    await translations.refresh(now);
  };
  await refresh();
  return registryOver(() => snapshot, files.locations, files.moveTypes, refresh, translations.current);
}
