/**
 * The report facts a save keeps by folding its one audit entry into the stored replay summary equal
 * the facts of the whole trail replayed, after every change of a record's life: a property-style loop
 * over the fixture forms (test/fixtures), each record living a seeded random life of saves (full,
 * thinned, changed), prefilled answers, confirmation, amendments, red flags, events, handovers and
 * cancellation. The summary goes through JSON between changes, as a store keeps it.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  addEvent, addRedFlag, cancelRecord, compileForm, confirmRecord, createRecord, creationChanges, diffRecords, exampleAnswersFor, recordHandover,
  redFlagViews, saveSection, type Actor, type CompiledForm, type FormRecord,
} from '../../engine/node.ts';
import { deriveReportFacts, factsOfReplay } from '../../engine/reports/facts.ts';
import { foldEntry, replayBefore, REPLAY_VERSION, type ReplaySummary, type TrailEntry } from '../../engine/reports/replay.ts';
import { readJson } from '../forms/load.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const settings = { thinDetailCharacters: 20 };
const anyone: Actor = { user: 'officer', roles: ['prison', 'healthcare', 'escort', 'police'] as Actor['roles'] };

/** Every definition under test/fixtures/definitions and test/fixtures/server/forms. */
function fixtureForms(): CompiledForm[] {
  const forms: CompiledForm[] = [];
  for (const base of ['definitions', 'server/forms']) {
    for (const name of readdirSync(`${fixtures}${base}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      for (const file of readdirSync(`${fixtures}${base}/${name}`).filter((f) => /^\d+\.\d+\.\d+\.json$/.test(f))) {
        forms.push(compileForm(readJson(`${fixtures}${base}/${name}/${file}`)));
      }
    }
  }
  return forms;
}

/** A small seeded generator (mulberry32), so a failing life can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Facts kept the way a save keeps them: the stored summary (through JSON), this change's entry folded on. */
function keptFacts(form: CompiledForm, record: FormRecord, stored: string | null, entry: TrailEntry) {
  const before = replayBefore(record, stored === null ? null : JSON.parse(stored) as ReplaySummary);
  assert.ok(before, `a summary to fold on at revision ${record.revision}`);
  const replay = foldEntry(form, before, entry, record.revision);
  return { facts: factsOfReplay(form, record, replay, settings), stored: JSON.stringify(replay) };
}

function life(form: CompiledForm, seed: number): { changes: number; facts: ReturnType<typeof deriveReportFacts> } {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const example = exampleAnswersFor(form.model);
  const at = (minutes: number) => new Date(Date.parse('2026-03-02T08:00:00Z') + minutes * 60_000).toISOString();
  let clock = 0;
  // Some of the example answers carried from an earlier record, marked for review or not.
  const carried = form.model.sections.flatMap((s) => Object.entries(example[s.key] ?? {}).map(([key, value]) => ({ section: s.key, key, value })))
    .filter(() => next() < 0.3);
  const prefill = carried.length === 0 || next() < 0.3 ? undefined : {
    answers: Object.fromEntries(form.model.sections.map((s) => [s.key, Object.fromEntries(carried.filter((c) => c.section === s.key).map((c) => [c.key, c.value]))])),
    marks: Object.fromEntries(carried.map((c) => [`/${c.section}/${c.key}`, { sourceRecordId: 'earlier', sourceForm: form.name, sourceVersion: form.version, confirmedAt: at(-600), needsReview: next() < 0.5 }])),
  };
  let record = createRecord(form, { id: `r${seed}`, move: { id: 'm', type: 'court', from: 'WIN', to: 'WINCC', date: '2026-03-02' }, person: { id: 'p', name: 'Sam Example', dateOfBirth: '1990-04-12' }, ...(prefill ? { prefill } : {}) }, anyone, at(0));
  const trail: TrailEntry[] = [{ action: 'create', changes: creationChanges(record) }];
  let kept = keptFacts(form, record, null, trail[0]!);
  assert.equal(kept.facts, deriveReportFacts(form, record, trail, settings), `${form.name} ${form.version} seed ${seed}: created`);

  const sectionAnswers = (key: string) => {
    const full = structuredClone(example[key] ?? {}) as Record<string, unknown>;
    const how = next();
    if (how < 0.3) for (const k of Object.keys(full)) if (next() < 0.5) delete full[k];
    else if (how < 0.6) for (const [k, v] of Object.entries(full)) if (typeof v === 'string' && next() < 0.5) full[k] = `${v} (changed)`;
    return full;
  };
  const operations: (() => { ok: boolean; record?: FormRecord })[] = [
    () => { const s = pick(form.model.sections); return saveSection(form, record, { section: s.key, answers: sectionAnswers(s.key), baseRevision: record.revision }, anyone, at(clock)); },
    () => { const s = pick(form.model.sections); return saveSection(form, record, { section: s.key, answers: structuredClone(example[s.key] ?? {}), baseRevision: record.revision }, anyone, at(clock)); },
    () => confirmRecord(form, record, anyone, at(clock)),
    () => addRedFlag(form, record, { risk: 'Threatened staff', identifiedBy: 'Officer Jones', at: at(clock) }, anyone, at(clock), `rf${clock}`),
    () => {
      const type = form.model.settings.eventTypes?.[0]?.const;
      return addEvent(form, record, { type, at: at(clock), where: 'Van', what: 'Given water' }, anyone, at(clock), `e${clock}`);
    },
    () => {
      // Every red flag acknowledged, or (now and then) one left out: the engine refuses that handover.
      const flags = redFlagViews(form, record).filter(() => next() < 0.95);
      const acknowledgements = flags.map((f) => ({ entryId: f.id, name: 'B Officer', at: at(clock) }));
      const officers = { dispatchingOfficer: { name: 'A Officer', identifier: 'P1' }, receivingOfficer: { name: 'B Officer', identifier: 'C2' }, receivingOrganisation: 'Court' };
      return recordHandover(form, record, { ...officers, acknowledgements, at: at(clock) }, anyone, at(clock), `h${clock}`);
    },
    () => (next() < 0.2 ? cancelRecord(form, record, { reason: 'Move called off' }, anyone, at(clock)) : { ok: false }),
  ];
  let changes = 0;
  for (let step = 0; step < 40; step++) {
    clock += 1 + Math.floor(next() * 90);
    const outcome = pick(operations)();
    if (!outcome.ok || !outcome.record) continue;
    const diff = diffRecords(record, outcome.record);
    if (diff.changes.length === 0) continue;
    record = outcome.record;
    const entry: TrailEntry = { action: 'change', changes: diff.changes };
    trail.push(entry);
    kept = keptFacts(form, record, kept.stored, entry);
    assert.equal(kept.facts, deriveReportFacts(form, record, trail, settings), `${form.name} ${form.version} seed ${seed}: change ${trail.length}`);
    changes++;
  }
  return { changes, facts: kept.facts };
}

test('facts folded one audit entry at a time equal the whole trail replayed, after every change of random lives on every fixture form', () => {
  const forms = fixtureForms();
  assert.ok(forms.length >= 4, 'the fixture forms are found');
  let changes = 0;
  const reached = { confirmed: 0, cancelled: 0, amended: 0, handedOver: 0, prefilled: 0, prefillChanged: 0, redFlags: 0 };
  for (const form of forms) {
    for (let seed = 1; seed <= 30; seed++) {
      const lived = life(form, seed * 7919 + form.version.length);
      changes += lived.changes;
      const f = lived.facts;
      if (f.confirmed) reached.confirmed++;
      if (f.cancelled) reached.cancelled++;
      if (f.answersAmendedAfterComplete > 0) reached.amended++;
      if (f.handovers > 0) reached.handedOver++;
      if (f.prefilledAnswers > 0) reached.prefilled++;
      if (f.prefilledAnswersChanged > 0) reached.prefillChanged++;
      if (f.redFlagsAdded > 0) reached.redFlags++;
    }
  }
  // The lives reach far enough to mean something: every kind of fact is met in several of them.
  assert.ok(changes > 500, `${changes} changes folded`);
  for (const [kind, n] of Object.entries(reached)) assert.ok(n >= 3, `${kind}: reached in ${n} lives (${JSON.stringify(reached)})`);
});

test('a summary from another engine version, or not ending at the revision before, is not folded on', () => {
  const summary: ReplaySummary = { engine: REPLAY_VERSION, entries: 3, revision: 3, state: 'draft', prefilled: [], changedAfterCreation: [], amended: 0, redFlagsSoFar: 0, flagsAtHandover: [] };
  assert.is(replayBefore({ state: 'draft', revision: 4 }, summary), summary);
  assert.is(replayBefore({ state: 'draft', revision: 5 }, summary), null, 'a change in between was not folded');
  assert.is(replayBefore({ state: 'draft', revision: 4 }, { ...summary, engine: REPLAY_VERSION - 1 }), null, 'an older engine made it');
  assert.is(replayBefore({ state: 'draft', revision: 4 }, null), null, 'a record from before summaries');
  assert.equal(replayBefore({ state: 'complete', revision: 1 }, null)?.state, 'complete', 'a new record starts afresh');
});

test.run();
