/**
 * `form-engine impact <form> <version> --since <day>`: the confirmed records of the form's other versions
 * since that day, re-checked against the version. Reads FORMS_DIR and the store the server is
 * configured with (MONGODB_URL, else DATA_DIR), streaming records in batches.
 */
import { renderImpactText } from '../../engine/impact/index.ts';
import { configFromEnv } from '../config.ts';
import { loadFormsRegistry } from '../forms-registry.ts';
import { HttpError } from '../http/errors.ts';
import { openStore } from '../store/index.ts';
import { versionImpact } from '../steering/impact.ts';
import { parseSince } from '../steering/since.ts';

export class ImpactInputError extends Error {}

export async function impactCommand(form: string, version: string, sinceText: string | undefined, format: 'text' | 'json', env: Record<string, string | undefined> = process.env): Promise<string> {
  let since;
  try {
    since = parseSince(sinceText, '--since');
  } catch (error) {
    throw new ImpactInputError(error instanceof HttpError ? error.message : String(error));
  }
  const config = configFromEnv(env);
  const forms = loadFormsRegistry(config.formsDir);
  const known = forms.list().find((f) => f.name === form);
  if (!known) throw new ImpactInputError(`no form called "${form}" in ${config.formsDir} (forms: ${forms.list().map((f) => f.name).join(', ')})`);
  const target = forms.get(form, version);
  if (!target) throw new ImpactInputError(`form "${form}" has no version "${version}" (versions: ${known.versions.join(', ')})`);
  const store = await openStore({ dataDir: config.dataDir, mongodbUrl: config.mongodbUrl });
  try {
    const report = await versionImpact(store, forms, target, since);
    return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderImpactText(report, since.date);
  } finally {
    await store.close();
  }
}
