/**
 * bench:api at scale: the two reads that look a person up, on a small store and on one with
 * SCALE_RECORDS (default 100,000) records already stored, in alternating rounds of the same run:
 * listing a person's records (GET /api/records?person=…) and starting a record, whose prefill looks up
 * the person's last confirmed records (POST /api/records). Seeded records are copies of one made
 * through the API, ten a person, every other one confirmed, written straight to the store in large
 * groups. Lists ask for even-numbered persons and new records are started for odd-numbered ones, so
 * every listed person has exactly ten records in every round.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { FormRecord } from '../engine/types.ts';
import type { Store } from '../server/store/types.ts';
import { median } from './api-rounds.ts';

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
  const somebody = (parity: 0 | 1) => `S${Math.floor(Math.random() * Math.floor(persons / 2)) * 2 + parity}`;
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

/**
 * Both measures on a small and a large store in alternating rounds (the order flips each round), so
 * each round's large / small ratio compares runs seconds apart on a machine whose load swings.
 */
export async function scaleRounds(small: { server: ScaleServer; size: number }, large: { server: ScaleServer; size: number }, rounds: number, seconds: number): Promise<ScaleRow[][]> {
  const all: ScaleRow[][] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [large, small] : [small, large];
    const rows: ScaleRow[] = [];
    for (const { server, size } of order) rows.push(...await measureAtSize(server, size, seconds));
    all.push(rows.sort((a, b) => a.size - b.size));
  }
  return all;
}

export function printScale(rounds: ScaleRow[][]): void {
  const measures = [...new Set(rounds[0]!.map((row) => row.measure))];
  const [smallSize, largeSize] = [...new Set(rounds[0]!.map((row) => row.size))].sort((a, b) => a - b) as [number, number];
  for (const measure of measures) {
    console.log(`\n${measure}: ${smallSize} against ${largeSize} records stored, alternating rounds`);
    console.log('| round | req/s small | req/s large | large / small | p99 ms small | p99 ms large | errors |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|');
    const ratios: number[] = [];
    rounds.forEach((rows, i) => {
      const [a, b] = [smallSize, largeSize].map((size) => rows.find((row) => row.measure === measure && row.size === size)!) as [ScaleRow, ScaleRow];
      const ratio = b.perSecond / Math.max(a.perSecond, 1);
      ratios.push(ratio);
      console.log(`| ${i + 1} | ${a.perSecond.toFixed(0)} | ${b.perSecond.toFixed(0)} | ${(ratio * 100).toFixed(0)}% | ${a.p99} | ${b.p99} | ${a.errors + b.errors} |`);
    });
    console.log(`| median | | | ${(median(ratios) * 100).toFixed(0)}% | | | |`);
  }
}
