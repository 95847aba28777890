/** Each form version's answers schema and confirmation schema, generated from its definition, for integrators. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { notFound, words } from '../http/errors.ts';
import { answersSchemaOf, confirmationSchemaOf } from '../schemas/form-version-schemas.ts';

export function formSchemaRoutes({ forms }: AppContext): Router {
  const router = Router();
  for (const [suffix, generate] of [['answers-schema', answersSchemaOf], ['confirmation-schema', confirmationSchemaOf]] as const) {
    router.get(`/forms/:form/versions/:version/${suffix}`, (req, res) => {
      principalOf(res);
      const version = forms.get(String(req.params.form), String(req.params.version));
      if (!version) throw notFound(words('api.form.noVersion'));
      res.json(generate(version));
    });
  }
  return router;
}
