// `?lang=` on the API that serves words: a definition in Welsh when its version has a translation (same
// codes, so answers read in either language), English when asked for en, left out, or untranslated;
// locations and move types likewise; any other language is refused naming the field.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { definitionFiles, formsDir, readJson } from '../forms/load.ts';
import type { Translation } from '../../engine/i18n/index.ts';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

let server: TestServer;
let prison: Client;

test.before(async () => {
  server = await startServer({ formsDir });
  prison = await server.login('prison');
});
test.after(async () => server.close());

/** Every const and enum value in a definition, in order: the codes answers are stored as. */
function codes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => codes(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'const' || key === 'enum') out.push(JSON.stringify(value));
      else codes(value, out);
    }
  }
  return out;
}

for (const { form, version, path, definition } of definitionFiles()) {
  const translationPath = path.replace(/\.json$/, '.cy.json');
  test(`${form} ${version}: ?lang=cy serves ${existsSync(translationPath) ? 'its Welsh translation' : 'English (it has no translation)'}, with the same codes; ?lang=en and no lang serve English`, async () => {
    const base = `/api/forms/${form}/versions/${version}`;
    const welsh = await prison.get(`${base}?lang=cy`);
    assert.is(welsh.status, 200);
    for (const english of [await prison.get(base), await prison.get(`${base}?lang=en`)]) {
      assert.is(english.status, 200);
      assert.is(english.body.title, definition.title);
      assert.is(english.headers.get('content-language'), 'en');
    }
    assert.equal(codes(welsh.body), codes(definition), 'answers stay codes');
    if (!existsSync(translationPath)) {
      assert.is(welsh.body.title, definition.title);
      return;
    }
    const translation = readJson<Translation>(translationPath);
    assert.is(welsh.headers.get('content-language'), 'cy');
    assert.is(welsh.body.title, translation.strings['/title']!.cy);
    const firstSection = Object.keys(definition.properties)[0]!;
    assert.is(welsh.body.properties[firstSection].title, translation.strings[`/properties/${firstSection}/title`]!.cy);
  });
}

test('the forms list gives each form\'s title in the language asked for', async () => {
  const english = await prison.get('/api/forms');
  const welsh = await prison.get('/api/forms?lang=cy');
  assert.is(welsh.status, 200);
  assert.equal(welsh.body.map((f: any) => f.name), english.body.map((f: any) => f.name));
  for (const entry of welsh.body) {
    const newest = entry.versions.at(-1);
    const translationPath = `${formsDir}/${entry.name}/${newest}.cy.json`;
    const expected = existsSync(translationPath) ? readJson<Translation>(translationPath).strings['/title']!.cy : english.body.find((f: any) => f.name === entry.name).title;
    assert.is(entry.title, expected, entry.name);
  }
});

test('locations and move types come in Welsh with the same codes when asked for', async () => {
  for (const [path, name, field] of [['/api/move-types', 'move-types', 'title'], ['/api/locations', 'locations', 'name']] as const) {
    const english = await prison.get(path);
    const welsh = await prison.get(`${path}?lang=cy`);
    assert.is(welsh.status, 200);
    assert.equal(welsh.body.map((item: any) => item.const ?? item.code), english.body.map((item: any) => item.const ?? item.code), `${path}: the same codes`);
    const translationPath = `${formsDir}/${name}.cy.json`;
    if (!existsSync(translationPath)) continue;
    const translation = readJson<Translation>(translationPath);
    const list = name === 'locations' ? 'locations' : 'moveTypes';
    welsh.body.forEach((item: any, i: number) => assert.is(item[field], translation.strings[`/${list}/${i}/${field}`]?.cy ?? english.body[i][field], `${path} ${i}`));
  }
});

test('a language the server does not have is refused, naming the field; so is lang given twice', async () => {
  for (const query of ['lang=fr', 'lang=CY', 'lang=cy&lang=en']) {
    const reply = await prison.get(`/api/forms?${query}`);
    assert.is(reply.status, 400, query);
    assert.equal(reply.body.fields?.map((f: any) => f.field), ['lang'], query);
  }
  const [first] = definitionFiles();
  assert.is((await prison.get(`/api/forms/${first!.form}/versions/${first!.version}?lang=xx`)).status, 400);
  assert.is((await prison.get('/api/locations?lang=de')).status, 400);
});

test('signed out, no language is served', async () => {
  assert.is((await server.anonymous().get('/api/move-types?lang=cy')).status, 401);
});

test.run();
