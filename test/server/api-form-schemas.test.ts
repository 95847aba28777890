// Integrators get typed answers: the OpenAPI document carries each form version's answers schema and
// confirmation schema (generated from the definitions) in the create and save bodies and the record
// responses, and each version's schemas are served beside its definition. A record made through the API
// validates against them with a plain JSON Schema validator.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord, createRecord } from './support/records.ts';
import type { Client } from './support/client.ts';

const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;
let server: TestServer;
let prison: Client;
let healthcare: Client;

test.before(async () => {
  server = await startServer();
  prison = await server.login('prison');
  healthcare = await server.login('healthcare');
});
test.after(async () => { await server.close(); });

/** A validator for one component of the OpenAPI document, its $refs resolved within the document. */
function componentValidator(document: any, name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: 'https://example.test/openapi.json' });
  return ajv.compile({ $ref: `https://example.test/openapi.json#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` });
}

test('the OpenAPI document has every form version\'s answers and confirmation schemas, used by the create and save bodies and the record', async () => {
  const document = (await server.anonymous().get('/api/openapi.json')).body;
  const versions = server.forms.list().flatMap((f) => f.versions.map((v) => [f.name, v] as const));
  assert.ok(versions.length > 0);
  for (const [form, version] of versions) {
    assert.ok(document.components.schemas[`${form}-${version}.Answers`], `${form} ${version} answers`);
    assert.ok(document.components.schemas[`${form}-${version}.ConfirmedAnswers`], `${form} ${version} confirmation`);
  }
  const create = document.paths['/records'].post.requestBody.content['application/json'].schema;
  assert.equal(create.allOf, [{ $ref: '#/components/schemas/CreateRecord' }, { properties: { form: { enum: server.forms.list().map((f) => f.name) } } }]);
  const record = document.components.schemas.Record;
  assert.equal(record.oneOf.map((o: any) => [o.properties.form.const, o.properties.version.const]), versions);
  assert.equal(document.paths['/records/{id}'].get.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/Record' });
  const save = document.paths['/records/{id}/sections/{section}'].patch.requestBody.content['application/json'].schema;
  assert.equal(save.allOf[0], { $ref: '#/components/schemas/SaveSection' });
  const sectionRefs = save.allOf[1].properties.answers.anyOf.map((a: any) => a.$ref as string);
  assert.ok(sectionRefs.length > 0);
  for (const ref of sectionRefs) {
    const target = ref.slice(2).split('/').reduce((at: any, token: string) => at?.[token], document);
    assert.ok(target?.type === 'object', `${ref} resolves to a section schema`);
  }
  assert.ok(document.paths['/forms/{form}/versions/{version}/confirmation-schema'].get);
});

test('a record made through the API validates against the document\'s Record schema; once complete its answers pass ConfirmedAnswers, before they do not', async () => {
  const document = (await server.anonymous().get('/api/openapi.json')).body;
  const fresh = await createRecord(prison);
  const confirmedOf = componentValidator(document, `${fresh.form}-${fresh.version}.ConfirmedAnswers`);
  assert.not.ok(confirmedOf(fresh.answers), 'an empty record cannot be confirmed');
  const complete: any = await completeRecord(prison, healthcare);
  const asRecord = componentValidator(document, 'Record');
  const [recordValid, answersValid] = [asRecord(structuredClone(complete)), confirmedOf(structuredClone(complete.answers))];
  assert.ok(recordValid, JSON.stringify(asRecord.errors));
  assert.ok(answersValid, JSON.stringify(confirmedOf.errors));
  const confirmed = await prison.post(`/api/records/${complete.id}/confirm`);
  assert.is(confirmed.status, 200, 'the engine agrees: it confirms');
});

test('each version\'s answers and confirmation schemas are served beside its definition, to signed-in callers', async () => {
  const [{ name, versions }] = server.forms.list();
  const base = `/api/forms/${name}/versions/${versions[0]}`;
  const confirmation = await prison.get(`${base}/confirmation-schema`);
  assert.is(confirmation.status, 200);
  assert.is(confirmation.body.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(Array.isArray(confirmation.body.required));
  const answers = await prison.get(`${base}/answers-schema`);
  assert.is(answers.status, 200);
  assert.is(answers.body.type, 'object');
  assert.is((await prison.get(`/api/forms/${name}/versions/9.9.9/confirmation-schema`)).status, 404);
  assert.is((await server.anonymous().get(`${base}/confirmation-schema`)).status, 401);
});

test.run();
