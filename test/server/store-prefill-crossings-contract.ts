/**
 * PrefillCrossingStore (server/store/prefill-crossings.ts), the same for every adapter: each store test
 * file registers it beside the main contract.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidUpdateError, type Store } from '../../server/store/types.ts';
import type { PrefillCrossing } from '../../server/store/prefill-crossings.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

function crossing(minute: number, recordEnds: [string, string], sourceEnds: [string, string]): PrefillCrossing {
  return {
    id: randomUUID(), at: at(minute), user: 'creator', recordId: randomUUID(), form: 'form-a', personId: 'P1',
    move: { from: recordEnds[0], to: recordEnds[1] },
    source: { recordId: randomUUID(), form: 'form-a', version: '1.0.0', confirmedAt: at(0), from: sourceEnds[0], to: sourceEnds[1] },
    answers: ['/risk/violent', '/risk/violentDetails'],
  };
}

export function registerPrefillCrossingContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} prefill crossings`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('crossings read back exactly, newest first, found from either end of either move', async ({ store }) => {
    const tag = randomUUID().slice(0, 6);
    const [a, b, c, d] = [`A${tag}`, `B${tag}`, `C${tag}`, `D${tag}`];
    const first = crossing(1, [a, b], [c, d]);
    const second = crossing(2, [c, a], [b, d]);
    const unrelated = crossing(3, [`X${tag}`, `Y${tag}`], [`Z${tag}`, `W${tag}`]);
    await store.recordPrefillCrossings([first, second]);
    await store.recordPrefillCrossings([unrelated]);
    assert.equal(await store.prefillCrossings({ locations: [a], limit: 10 }), [second, first]);
    assert.equal(await store.prefillCrossings({ locations: [d], limit: 10 }), [second, first], 'by the source\'s end');
    assert.equal(await store.prefillCrossings({ locations: [b], limit: 1 }), [second], 'limited');
    assert.equal(await store.prefillCrossings({ locations: [a], since: at(2), limit: 10 }), [second], 'since');
    assert.equal(await store.prefillCrossings({ locations: [], limit: 10 }), []);
    assert.equal(await store.prefillCrossings({ locations: [a], limit: 0 }), []);
  });

  test('unsafe keys and operator queries are refused and nothing is stored', async ({ store }) => {
    const tag = `Q${randomUUID().slice(0, 6)}`;
    const bad = { ...crossing(1, [tag, tag], [tag, tag]), $where: 'x' } as unknown as PrefillCrossing;
    for (const action of [
      () => store.recordPrefillCrossings([bad]),
      () => store.prefillCrossings({ locations: [{ $ne: null } as unknown as string], limit: 5 }),
      () => store.prefillCrossings({ locations: [tag], since: { $gt: '' } as unknown as string, limit: 5 }),
    ]) {
      try {
        await action();
        assert.unreachable('accepted');
      } catch (error) {
        assert.instance(error, InvalidUpdateError);
      }
    }
    assert.equal(await store.prefillCrossings({ locations: [tag], limit: 5 }), []);
  });

  test.run();
}
