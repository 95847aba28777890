/**
 * The schemas of each published form version's answers, generated from the definitions: the answers as
 * a record holds them at any time (every question optional beyond each section's own `required`), and
 * the answers of a record that can be confirmed (engine/schemas/confirmation.ts). Served beside each
 * version (GET /api/forms/{form}/versions/{version}/answers-schema and /confirmation-schema) and put into
 * the OpenAPI document, so integrators get typed answers for the create, save and record bodies.
 */
import { confirmationSchema } from '../../engine/schemas/confirmation.ts';
import { answersSchema } from '../cli/answers-schema.ts';
import { answersTypeName } from '../cli/generate-types.ts';
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';
import { NO_STORE, type openApiDocument } from './openapi.ts';

type OpenApiDocument = ReturnType<typeof openApiDocument>;

type Json = Record<string, unknown>;

export const answersComponent = (form: string, version: string) => `${form}-${version}.Answers`;
export const confirmedComponent = (form: string, version: string) => `${form}-${version}.ConfirmedAnswers`;

export function answersSchemaOf(v: FormVersion): Json {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...answersSchema(v.definition, answersTypeName(v.name, v.version)) };
}

export function confirmationSchemaOf(v: FormVersion): Json {
  return confirmationSchema(v.definition);
}

const versionsOf = (forms: FormsRegistry) => forms.list().flatMap((f) => f.versions.map((version) => forms.get(f.name, version)!));

/** A save's answer: the record with its view model, or without it when Prefer: return=minimal was applied. */
function saveReply(record: Json): Json {
  const pointers = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
  return {
    type: 'object',
    required: ['record', 'cleared', 'reviewed'],
    properties: {
      record: {
        oneOf: [
          { title: 'Full (no Prefer: return=minimal)', allOf: [record, { required: ['viewModel'], description: 'The stored record and its view model for the caller\'s roles, in their language' }] },
          { title: 'Minimal (Prefer: return=minimal applied)', allOf: [record, { not: { required: ['viewModel'] }, description: 'The record as stored, without viewModel' }] },
        ],
      },
      cleared: pointers('Follow-up answers the save cleared (pointers)'),
      reviewed: pointers('Prefilled answers the save marked reviewed (pointers)'),
    },
  };
}

/** The OpenAPI document with every form version's answer schemas as components, used by the record bodies and responses. */
export function withFormVersionSchemas(document: OpenApiDocument, forms: FormsRegistry) {
  const versions = versionsOf(forms);
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const components: Json = {};
  for (const v of versions) {
    const { $schema: _a, ...answers } = answersSchemaOf(v);
    const { $schema: _b, $id: _c, ...confirmed } = confirmationSchemaOf(v);
    components[answersComponent(v.name, v.version)] = answers;
    components[confirmedComponent(v.name, v.version)] = confirmed;
  }
  // The body components stay the schemas the server validates with; each operation narrows them with what the forms folder says.
  const createBody = { allOf: [ref('CreateRecord'), { properties: { form: { enum: forms.list().map((f) => f.name) } } }] };
  const saveBody = {
    allOf: [ref('SaveSection'), {
      properties: {
        answers: {
          description: 'Answers of the section in the path, by question key: that section of the record\'s form version (<form>-<version>.Answers)',
          anyOf: versions.flatMap((v) => v.compiled.model.sections
            .map((section) => ({ $ref: `#/components/schemas/${answersComponent(v.name, v.version)}/properties/${section.key}` }))),
        },
      },
    }],
  };
  components.Record = {
    type: 'object',
    description: 'A record: its form and version say which answers schema its answers follow',
    required: ['id', 'form', 'version', 'answers'],
    properties: { id: { type: 'string' }, form: { type: 'string' }, version: { type: 'string' }, answers: { type: 'object' } },
    oneOf: versions.map((v) => ({
      properties: { form: { const: v.name }, version: { const: v.version }, answers: ref(answersComponent(v.name, v.version)) },
    })),
  };
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, Json> }>>;
  const recordBody = (schema: Json) => ({ content: { 'application/json': { schema } } });
  const withBody = (path: string, method: string, status: string, schema: Json) => {
    const response = paths[path]?.[method]?.responses[status];
    if (response) Object.assign(response, recordBody(schema));
  };
  const requestBody = (path: string, method: string, schema: Json) => {
    const operation = (paths[path]?.[method] as unknown as { requestBody?: { content: Record<string, { schema: Json }> } } | undefined);
    if (operation?.requestBody) operation.requestBody.content['application/json']!.schema = schema;
  };
  requestBody('/records', 'post', createBody);
  requestBody('/records/{id}/sections/{section}', 'patch', saveBody);
  withBody('/records', 'post', '201', ref('Record'));
  withBody('/records', 'get', '200', { type: 'array', items: ref('Record') });
  withBody('/records/{id}', 'get', '200', ref('Record'));
  withBody('/records/{id}/sections/{section}', 'patch', '200', saveReply(ref('Record')));
  withBody('/records/{id}/confirm', 'post', '200', ref('Record'));
  const schemaPath = (summary: string) => ({
    get: {
      summary,
      parameters: ['form', 'version'].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      responses: Object.fromEntries(Object.entries({ 200: 'A JSON Schema (draft 2020-12)', 401: 'Not signed in', 404: 'No such version' })
        .map(([status, description]) => [status, { description, headers: { 'Cache-Control': NO_STORE } }])),
    },
  });
  const answersPath = schemaPath('The answers of one form version as a plain JSON Schema: what a record may hold at any time');
  const confirmationPath = schemaPath('The answers of a record of this version that can be confirmed, as a plain JSON Schema any 2020-12 validator runs (see docs/definitions.md for what only the engine checks)');
  return {
    ...document,
    components: { ...document.components, schemas: { ...document.components.schemas, ...components } },
    paths: { ...document.paths, '/forms/{form}/versions/{version}/answers-schema': answersPath, '/forms/{form}/versions/{version}/confirmation-schema': confirmationPath },
  };
}
