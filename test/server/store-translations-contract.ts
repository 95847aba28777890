/**
 * TranslationStore (server/store/translations.ts), the same for every adapter: store-translations.test.ts
 * runs it against the embedded store, and against MongoDB when MONGODB_URL names a server.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Translation } from '../../engine/i18n/index.ts';
import { InvalidUpdateError, type Store } from '../../server/store/types.ts';
import { draftSubject, versionSubject } from '../../server/store/translations.ts';
import { assertRefused, at } from './store-contract-support.ts';

const welsh = (strings: Translation['strings']): Translation => ({ language: 'cy', review: 'draft, awaits review by a Welsh speaker', strings });
const event = (user: string, minute: number, pointer: string, text: string) => ({ at: at(minute), user, changes: [{ pointer, new: text }] });

export function registerTranslationContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} translations`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('a version with no translation reads none; the first save is revision 1 and reads back with who and when', async ({ store }) => {
    const subject = versionSubject(`form-${randomUUID().slice(0, 8)}`, '1.0.0');
    assert.is(await store.getTranslation(subject, 'cy'), null);
    assert.equal(await store.translationHistory(subject, 'cy'), []);
    const saved = await store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Risg' } }), event('priya', 1, '/title', 'Risg'), 0);
    assert.is(saved?.revision, 1);
    const read = await store.getTranslation(subject, 'cy');
    assert.equal(read?.translation.strings, { '/title': { en: 'Risk', cy: 'Risg' } });
    assert.is(read?.by, 'priya');
    assert.is(read?.at, at(1));
    assert.is(await store.getTranslation(subject, 'en'), null, 'another language is another translation');
  });

  test('a save at a stale revision is refused and loses nothing already stored', async ({ store }) => {
    const subject = draftSubject(randomUUID());
    await store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Risg' } }), event('priya', 1, '/title', 'Risg'), 0);
    assert.is(await store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Arall' } }), event('sam', 2, '/title', 'Arall'), 0), null, 'a second first save');
    const second = await store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Perygl' } }), event('sam', 3, '/title', 'Perygl'), 1);
    assert.is(second?.revision, 2);
    assert.is(await store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Hen' } }), event('priya', 4, '/title', 'Hen'), 1), null, 'revision 1 was read before revision 2');
    const read = await store.getTranslation(subject, 'cy');
    assert.is(read?.revision, 2);
    assert.is(read?.translation.strings['/title']?.cy, 'Perygl');
    const history = await store.translationHistory(subject, 'cy');
    assert.equal(history.map((e) => [e.revision, e.user, e.changes[0]?.new]), [[1, 'priya', 'Risg'], [2, 'sam', 'Perygl']]);
  });

  test('pointers that look like operators or prototype keys are kept as text, exactly', async ({ store }) => {
    const subject = versionSubject(`form-${randomUUID().slice(0, 8)}`, '2.0.0');
    const strings = { '/$where': { en: 'a', cy: 'b' }, '/__proto__/title': { en: 'c', cy: 'd' }, '/a.b/$set': { en: 'e', cy: 'f' } };
    await store.putTranslation(subject, welsh(strings), event('priya', 1, '/$where', 'b'), 0);
    assert.equal((await store.getTranslation(subject, 'cy'))?.translation.strings, strings);
  });

  test('every change moves the stamp on; the list holds every subject', async ({ store }) => {
    const before = (await store.registryStamp()).translations;
    const subject = versionSubject(`form-${randomUUID().slice(0, 8)}`, '1.0.0');
    await store.putTranslation(subject, welsh({}), event('priya', 1, '/title', 'x'), 0);
    const middle = (await store.registryStamp()).translations;
    assert.ok(middle > before, `${middle} > ${before}`);
    await store.putTranslation(subject, welsh({}), event('priya', 2, '/title', 'y'), 1);
    assert.ok((await store.registryStamp()).translations > middle);
    assert.ok((await store.listTranslations()).some((t) => t.subject === subject && t.language === 'cy' && t.revision === 2));
  });

  test('a translation survives closing and reopening the store', async (context) => {
    const subject = draftSubject(randomUUID());
    await context.store.putTranslation(subject, welsh({ '/title': { en: 'Risk', cy: 'Risg' } }), event('priya', 1, '/title', 'Risg'), 0);
    await context.store.close();
    context.store = await open();
    assert.is((await context.store.getTranslation(subject, 'cy'))?.revision, 1);
  });

  test('operator objects in place of a subject or language are refused, storing nothing', async ({ store }) => {
    const operator = { $ne: null } as unknown as string;
    await assertRefused(() => store.getTranslation(operator, 'cy'), InvalidUpdateError, 'operator subject');
    await assertRefused(() => store.translationHistory('draft:x', operator), InvalidUpdateError, 'operator language');
    await assertRefused(() => store.putTranslation(operator, welsh({}), event('priya', 1, '/title', 'x'), 0), InvalidUpdateError, 'operator subject on save');
    await assertRefused(() => store.putTranslation('draft:y', welsh({}), { at: at(1), user: 'priya', changes: [{ pointer: '/a', $set: 'x' } as never] }, 0), InvalidUpdateError, 'operator key in the event');
    assert.is(await store.getTranslation('draft:y', 'cy'), null);
  });

  test.run();
}
