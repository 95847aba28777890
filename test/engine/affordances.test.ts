import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel, confirmRecord, cancelRecord, type FormRecord } from '../../engine/node.ts';
import { fixtureForm, newRecord, nurse, prison, save, NOW } from './helpers.ts';

const form = fixtureForm();
const mark = { sourceRecordId: 'old', sourceForm: 'fixture-move', sourceVersion: '1.0.0', confirmedAt: '2024-01-01T00:00:00Z', needsReview: true };

function complete(): FormRecord {
  let record = save(form, newRecord(form), 'safety', { aggressive: 'no', supervision: 'low' });
  record = save(form, record, 'care', { medicated: 'no' }, nurse);
  return record;
}

test('what the viewer may do now follows the state and their roles, screens included', () => {
  const draft = buildViewModel(form, newRecord(form), { roles: ['prison'] }).affordances;
  assert.equal(draft, { editable: true, confirmable: true, cancellable: true, entries: false, handoverAhead: true, screens: ['tasks', 'section', 'check', 'cancel'], home: 'tasks' });
  assert.is(buildViewModel(form, newRecord(form), { roles: ['healthcare'] }).affordances.confirmable, false, 'a nurse may not confirm');
  const result = confirmRecord(form, complete(), prison, NOW);
  if (!result.ok) throw new Error(result.refusal.message);
  const confirmed = buildViewModel(form, result.record, { roles: ['escort'] }).affordances;
  assert.is(confirmed.editable, false);
  assert.is(confirmed.entries, true);
  assert.is(confirmed.home, 'locked');
  assert.ok(confirmed.screens.includes('handover') && !confirmed.screens.includes('section'), 'a confirmed record opens no section for editing');
  const cancelled = cancelRecord(form, result.record, {}, prison, NOW);
  if (!cancelled.ok) throw new Error(cancelled.refusal.message);
  assert.equal(buildViewModel(form, cancelled.record, { roles: ['prison'] }).affordances.screens, ['locked'], 'a cancelled record is only read');
  assert.is(buildViewModel(form, cancelled.record, { roles: ['prison'] }).affordances.handoverAhead, false);
});

test('answers carried over and not yet reviewed are counted per section, and block confirmation by section and fixer', () => {
  const base = complete();
  const record = { ...base, state: 'draft' as const, prefill: { '/safety/aggressive': mark, '/safety/supervision': mark } };
  const view = buildViewModel(form, record, { roles: ['healthcare'] });
  assert.equal(view.sections.map((s) => [s.key, s.awaitingReview]), [['safety', 2], ['care', 0], ['property', 0]]);
  const groups = view.confirmBlockerGroups;
  assert.equal(groups[0]!.blockers, [{ kind: 'role', message: 'Only prison staff or police staff can confirm this record' }]);
  const safety = groups.find((g) => g.section?.key === 'safety')!;
  assert.is(safety.viewerCanFix, false, 'a nurse cannot review the Safety answers');
  assert.equal(safety.fixRoles, form.model.sectionByKey.get('safety')!.editRoles);
  assert.equal(safety.blockers.map((b) => [b.kind, b.pointer]), [['review', '/safety/aggressive'], ['review', '/safety/supervision']]);
});

test.run();
