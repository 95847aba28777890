/** The form definitions, for the web components and for integrators. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { notFound, words } from '../http/errors.ts';
import { canCreate } from '../../engine/index.ts';
import { queryLanguage } from '../http/language-query.ts';
import { DEFAULT_LANGUAGE } from '../../engine/i18n/index.ts';
import { definitionHash } from '../definitions/hash.ts';

export function formRoutes({ forms }: AppContext): Router {
  const router = Router();
  router.get('/forms', (req, res) => {
    const { roles } = principalOf(res);
    const language = queryLanguage(req.query);
    // mayCreate: whether the caller's roles may start a record of the form's newest version (x-form.createRoles).
    res.json(forms.list().map((f) => ({
      ...f, title: forms.localised(f.name, f.versions.at(-1)!, language)!.title, mayCreate: canCreate(forms.get(f.name, f.versions.at(-1)!)!.compiled, roles),
    })));
  });
  router.get('/forms/:form/versions/:version', (req, res) => {
    principalOf(res);
    const language = queryLanguage(req.query);
    const version = forms.localised(String(req.params.form), String(req.params.version), language);
    if (!version) throw notFound(words('api.form.noVersion'));
    // A published definition never changes; its translation may be corrected at any time, so a translated one is checked each time (ETag).
    const body = JSON.stringify(version.definition);
    res.set('cache-control', language === DEFAULT_LANGUAGE ? 'private, max-age=3600, immutable' : 'private, no-cache')
      .set('content-language', forms.languages(version.name, version.version).includes(language) ? language : DEFAULT_LANGUAGE)
      .set('etag', `"${definitionHash(body)}"`)
      .type('json').send(body);
  });
  return router;
}
