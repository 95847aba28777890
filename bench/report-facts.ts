/**
 * bench:facts: what keeping a record's report facts costs a save, on a record with a long audit trail
 * (BENCH_TRAIL entries, default 500) against a fresh one, the way before issue 13 (after the change:
 * read the whole trail, replay it, write the facts as a second commit) against the way now (fold the
 * change's own entry into the stored replay summary, facts written in the change's commit), and a bare
 * save (no facts) as the base. Real PER 2.0.0 records (test/fixtures/records answers) on the embedded
 * store, saves through Store.updateRecord as server/records/change.ts makes them; the three ways take
 * turns in every round; a fresh record is made for every round (created, each section saved once:
 * the timed save is its 7th entry). Printed as ratios: wall time per save (it includes the fsync of each commit)
 * and the process's CPU time per save (what the event loop spends).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createRecord, creationChanges, diffRecords, saveSection, type Actor, type FormRecord } from '../engine/node.ts';
import { deriveReportFacts } from '../engine/reports/facts.ts';
import { loadFormsRegistry } from '../server/forms-registry.ts';
import { toUpdate } from '../server/records/diff.ts';
import { keepReportFacts } from '../server/reports/keep-facts.ts';
import { reportSettings } from '../server/reports/settings.ts';
import { openSqliteStore } from '../server/store/sqlite.ts';
import type { Store } from '../server/store/types.ts';
import { fixtureAnswers } from '../test/forms/load.ts';

const TRAIL = Number(process.env.BENCH_TRAIL ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const formsDir = fileURLToPath(new URL('../forms', import.meta.url));
const forms = loadFormsRegistry(formsDir);
const version = forms.get('per', '2.0.0')!;
const form = version.compiled;
const answers = fixtureAnswers('per', '2.0.0');
const actor: Actor = { user: 'officer', roles: ['prison', 'healthcare'] as Actor['roles'] };
const dir = mkdtempSync(join(tmpdir(), 'per-bench-facts-'));
const store = await openSqliteStore(dir);
const thinDetailCharacters = reportSettings(formsDir).thinDetailCharacters;

/** The way before: after the change, the whole trail read and replayed, the facts written as their own commit. */
function replayingWholeTrail(inner: Store): Store {
  return {
    ...inner,
    async updateRecord(id, update) {
      const stored = await inner.updateRecord(id, update);
      if (stored) await inner.putReportFacts(deriveReportFacts(form, stored, await inner.auditTrail(id), { thinDetailCharacters }));
      return stored;
    },
  };
}
const ways: [string, Store][] = [
  ['bare save (no facts)', store],
  ['before: replay whole trail', replayingWholeTrail(store)],
  ['now: fold the entry', keepReportFacts(store, forms, formsDir, pino({ level: 'silent' }))],
];

interface Kept { record: FormRecord; saves: number }
let moves = 0;
/** The free-text answers the saves edit: the fixture's texts of the risk section. */
let texts: string[] | undefined;
/** One save of the risk section, one of its texts edited, as change.ts stores it. */
async function saveOnce(way: Store, kept: Kept): Promise<void> {
  const at = new Date().toISOString();
  const risk = answers.risk!;
  texts ??= Object.keys(risk).filter((key) => typeof risk[key] === 'string' && risk[key].length > 20 && saveSection(form, kept.record,
    { section: 'risk', answers: { ...risk, [key]: `${risk[key]}.` }, baseRevision: kept.record.revision }, actor, at).ok);
  const key = texts[kept.saves % texts.length]!;
  const values = { ...risk, [key]: `${risk[key]} (${++kept.saves})` };
  const saved = saveSection(form, kept.record, { section: 'risk', answers: values, baseRevision: kept.record.revision }, actor, at);
  if (!saved.ok) throw new Error(JSON.stringify(saved.refusal));
  const stored = await way.updateRecord(kept.record.id, toUpdate(kept.record, diffRecords(kept.record, saved.record), { at, user: actor.user, action: 'saveSection' }));
  if (!stored) throw new Error('the revision moved on');
  kept.record = stored;
}
/** A record whose trail has `entries` entries: created, every section saved, then saved again and again. */
async function recordWithTrail(way: Store, entries: number): Promise<Kept> {
  const at = new Date().toISOString();
  const record = createRecord(form, { id: `bench-${++moves}`, move: { id: `M${moves}`, type: 'court', from: 'WIN', to: 'WINCC', date: at.slice(0, 10) }, person: { id: `P${moves}`, name: 'Sam Example', dateOfBirth: '1990-04-12' } }, actor, at);
  await way.insertRecord(record, { at, user: actor.user, action: 'create', changes: creationChanges(record) });
  const kept: Kept = { record, saves: 0 };
  for (const [section, values] of Object.entries(answers)) {
    const saved = saveSection(form, kept.record, { section, answers: values, baseRevision: kept.record.revision }, actor, at);
    if (!saved.ok) continue;
    const stored = await way.updateRecord(record.id, toUpdate(kept.record, diffRecords(kept.record, saved.record), { at, user: actor.user, action: 'saveSection' }));
    kept.record = stored!;
  }
  while (kept.record.revision < entries) await saveOnce(way, kept);
  return kept;
}

const kinds = ['fresh', `${TRAIL}-entry trail`] as const;
const records = new Map<string, Kept>();
const wall = new Map<string, number[]>();
const cpu = new Map<string, number[]>();
for (const [name, way] of ways) records.set(`${name}|${kinds[1]}`, await recordWithTrail(way, TRAIL));
for (let round = 0; round < ROUNDS; round++) {
  // Every round, each way saves once on each record, starting with a different way each time.
  for (let w = 0; w < ways.length; w++) {
    const [name, way] = ways[(round + w) % ways.length]!;
    for (const kind of kinds) {
      const key = `${name}|${kind}`;
      // A fresh record each round (created, its sections saved once), so it stays fresh.
      const kept = kind === 'fresh' ? await recordWithTrail(way, 1) : records.get(key)!;
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      await saveOnce(way, kept);
      const took = performance.now() - start;
      const used = process.cpuUsage(cpuBefore);
      (wall.get(key) ?? wall.set(key, []).get(key)!).push(took);
      (cpu.get(key) ?? cpu.set(key, []).get(key)!).push((used.user + used.system) / 1000);
    }
  }
}
const median = (list: number[]) => { const s = [...list].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const m = (map: Map<string, number[]>, name: string, kind: string) => median(map.get(`${name}|${kind}`)!);
const bare = ways[0]![0];
console.log(`\nReport facts per save: PER 2.0.0 on the embedded store, ${ROUNDS} interleaved rounds, medians; the long trail grows from ${TRAIL} to ${TRAIL + ROUNDS} entries; node ${process.version}\n`);
console.log('| way | record | wall ms / save | wall / bare save | CPU ms / save | CPU / bare save | long trail / fresh (CPU) |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const [name] of ways) {
  for (const kind of kinds) {
    const growth = kind === 'fresh' ? '' : `${(m(cpu, name, kind) / m(cpu, name, 'fresh')).toFixed(2)}×`;
    console.log(`| ${name} | ${kind} | ${m(wall, name, kind).toFixed(2)} | ${(m(wall, name, kind) / m(wall, bare, kind)).toFixed(2)}× | ${m(cpu, name, kind).toFixed(3)} | ${(m(cpu, name, kind) / m(cpu, bare, kind)).toFixed(2)}× | ${growth} |`);
  }
}
const [before, now] = [ways[1]![0], ways[2]![0]];
console.log(`\non the ${kinds[1]}: now / before, wall ${(m(wall, now, kinds[1]) / m(wall, before, kinds[1])).toFixed(2)}×, CPU ${(m(cpu, now, kinds[1]) / m(cpu, before, kinds[1])).toFixed(2)}×; on a fresh record: wall ${(m(wall, now, 'fresh') / m(wall, before, 'fresh')).toFixed(2)}×, CPU ${(m(cpu, now, 'fresh') / m(cpu, before, 'fresh')).toFixed(2)}×`);
await store.close();
rmSync(dir, { recursive: true, force: true });
