/**
 * bench:api at scale: the two reads that look a person up, timed with a small store and with
 * SCALE_RECORDS (default 100,000) records already stored, in the same run: listing a person's records
 * (GET /api/records?person=…) and starting a record, whose prefill looks up the person's last confirmed
 * records (POST /api/records). Seeded records are copies of one made through the API, ten a person,
 * every other one confirmed, written straight to the store in large groups. Lists ask for even-numbered
 * persons and new records are started for odd-numbered ones, so every listed person has exactly ten
 * records at both sizes (the records the first size's run starts would otherwise be listed at the second).
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { FormRecord } from '../engine/types.ts';
import type { Store } from '../server/store/types.ts';

const PER_PERSON = 10;
const SEED_GROUP = 2000;

export interface ScaleServer { url: string; cookie: string; store: Store; template: FormRecord }
export interface ScaleRow { size: number; measure: string; perSecond: number; p50: number; p99: number; errors: number }

/** Adds `count` records for persons S<first>… (ten each, half confirmed) straight to the store. */
export async function seedRecords(store: Store, template: FormRecord, first: number, count: number): Promise<void> {
  const at = new Date(Date.now() - 86_400_000).toISOString();
  for (let start = 0; start < count; start += SEED_GROUP) {
    const group: Promise<void>[] = [];
    for (let i = start; i < Math.min(count, start + SEED_GROUP); i++) {
      const n = first + i;
      const confirmed = i % 2 === 0;
      const record: FormRecord = {
        ...template, id: randomUUID(), move: { ...template.move, id: `SCALE${n}` },
        person: { ...template.person, id: `S${Math.floor(n / PER_PERSON)}` }, createdAt: at, updatedAt: at,
        ...(confirmed ? { state: 'confirmed', confirmed: { at, by: 'bench' } } : {}),
      };
      group.push(store.insertRecord(record, { at, user: 'bench', action: 'create', changes: [] }));
    }
    await Promise.all(group);
  }
}

interface PersonContext { person?: string }

async function run(options: autocannon.Options, seconds: number): Promise<Omit<ScaleRow, 'size' | 'measure'>> {
  const result = await autocannon({ connections: 10, duration: seconds, ...options });
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Both measures against the records stored now (`size` of them), people picked at random among the seeded. */
export async function measureAtSize(server: ScaleServer, size: number, seconds: number): Promise<ScaleRow[]> {
  const persons = Math.max(2, Math.floor(size / PER_PERSON));
  const somebody = (parity: 0 | 1) => `S${Math.floor(Math.random() * (persons / 2)) * 2 + parity}`;
  const headers = { 'content-type': 'application/json', cookie: server.cookie };
  const list = await run({
    url: server.url, headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/records?person=${somebody(0)}` }) }],
  }, seconds);
  const start = await run({
    url: server.url, headers,
    requests: [{
      method: 'POST',
      setupRequest: (request, context) => {
        const person = (context as PersonContext).person = somebody(1);
        const move = { ...server.template.move, id: `NEW${randomUUID()}` };
        return { ...request, path: '/api/records', body: JSON.stringify({ form: server.template.form, move, person: { ...server.template.person, id: person } }) };
      },
    }],
  }, seconds);
  return [
    { size, measure: 'list a person\'s records (GET /api/records?person=)', ...list },
    { size, measure: 'start a record with prefill (POST /api/records)', ...start },
  ];
}

export function printScale(rows: ScaleRow[]): void {
  console.log('\n| measure | records stored | req/s | p50 ms | p99 ms | errors | req/s vs smallest |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const smallest = rows.find((r) => r.measure === row.measure)!;
    console.log(`| ${row.measure} | ${row.size} | ${row.perSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${((row.perSecond / Math.max(smallest.perSecond, 1)) * 100).toFixed(0)}% |`);
  }
}
