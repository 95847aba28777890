/**
 * Policy teams write and correct the translation of a published version or a draft (the `author`
 * privilege of forms/roles.json). Reading shows every string staff read with its English and what is
 * missing or stale; saving replaces the whole translation at the revision read (409 otherwise, nothing
 * lost), keeps who changed which string from what to what, and is served on every server's next request.
 * A published version's translation changes without a new version: answers are codes, so no record
 * changes meaning. A version published from a draft has the draft's translation until it has its own.
 */
import { Router, type Request } from 'express';
import { TRANSLATION_LANGUAGES, type Translation, type TranslationLanguage } from '../../engine/i18n/index.ts';
import type { AppContext } from '../app-context.ts';
import { definitionAuthor } from '../definitions/authority.ts';
import { translationView } from '../../engine/i18n/translation-view.ts';
import { translationToSave, type SaveTranslationBody } from '../definitions/translation-save.ts';
import { HttpError, notFound, refused, words } from '../http/errors.ts';
import { validateBody } from '../schemas/validate.ts';
import type { Store } from '../store/types.ts';
import { draftSubject, versionSubject, type StoredTranslation, type TranslationSubject } from '../store/translations.ts';

/** What a translation is of: its subject, English definition, and the translation it has before any of its own is saved. */
interface Target {
  subject: TranslationSubject;
  identity: { form: string; version: string; draft?: string };
  definition: Record<string, unknown>;
  inherited: Translation | undefined;
}

function languageOf(req: Request): TranslationLanguage {
  const language = String(req.params.language);
  if (!TRANSLATION_LANGUAGES.includes(language)) throw refused('language', words('api.translation.language', { field: 'language', languages: TRANSLATION_LANGUAGES.join(', ') }));
  return language;
}

export function translationRoutes({ store, forms }: AppContext): Router {
  const router = Router();

  function versionTarget(req: Request, language: TranslationLanguage): Target {
    const version = forms.get(String(req.params.form), String(req.params.version));
    if (!version) throw notFound(words('api.form.noVersion'));
    return { subject: versionSubject(version.name, version.version), identity: { form: version.name, version: version.version }, definition: version.definition, inherited: forms.translation(version.name, version.version, language) };
  }

  async function draftTarget(req: Request, language: TranslationLanguage, writing: boolean): Promise<Target> {
    const draft = await store.getDraft(String(req.params.id));
    if (!draft) throw notFound(words('api.draft.notFound'));
    if (writing && draft.state === 'approved') throw new HttpError(409, 'published', words('api.translation.draftPublished', { form: draft.name, version: draft.version }));
    // A draft started from a published version starts from that version's translation.
    const inherited = draft.basedOn ? forms.translation(draft.basedOn.form, draft.basedOn.version, language) : undefined;
    return { subject: draftSubject(draft.id), identity: { form: draft.name, version: draft.version, draft: draft.id }, definition: JSON.parse(draft.definition) as Record<string, unknown>, inherited };
  }

  async function read(target: Target, language: TranslationLanguage) {
    const [own, history] = await Promise.all([store.getTranslation(target.subject, language), store.translationHistory(target.subject, language)]);
    const translation = own?.translation ?? target.inherited;
    return {
      ...target.identity, language, revision: own?.revision ?? 0, source: own ? 'saved' : translation ? 'inherited' : 'none',
      review: translation?.review ?? null, ...(own ? { at: own.at, by: own.by } : {}),
      ...translationView(target.definition, language, translation), history,
    };
  }

  async function save(req: Request, target: Target, language: TranslationLanguage, user: string) {
    const body = req.body as SaveTranslationBody;
    const own = await store.getTranslation(target.subject, language);
    if ((own?.revision ?? 0) !== body.revision) throw stale(own);
    const { translation, changes } = translationToSave(target.definition, language, body, own?.translation ?? target.inherited);
    const saved = await store.putTranslation(target.subject, translation, { at: new Date().toISOString(), user, changes }, body.revision);
    if (!saved) throw stale(await store.getTranslation(target.subject, language));
    await forms.refresh();
    return read(target, language);
  }

  router.get('/forms/:form/versions/:version/translations/:language', async (req, res) => {
    definitionAuthor(res);
    const language = languageOf(req);
    res.json(await read(versionTarget(req, language), language));
  });
  router.put('/forms/:form/versions/:version/translations/:language', validateBody('SaveTranslation'), async (req, res) => {
    const { username } = definitionAuthor(res);
    const language = languageOf(req);
    res.json(await save(req, versionTarget(req, language), language, username));
  });
  router.get('/drafts/:id/translations/:language', async (req, res) => {
    definitionAuthor(res);
    const language = languageOf(req);
    res.json(await read(await draftTarget(req, language, false), language));
  });
  router.put('/drafts/:id/translations/:language', validateBody('SaveTranslation'), async (req, res) => {
    const { username } = definitionAuthor(res);
    const language = languageOf(req);
    res.json(await save(req, await draftTarget(req, language, true), language, username));
  });
  return router;
}

const stale = (now: StoredTranslation | null) => new HttpError(409, 'conflict', now
  ? words('api.translation.staleBy', { revision: now.revision, user: now.by })
  : words('api.translation.stale'), { revision: now?.revision ?? 0 });
