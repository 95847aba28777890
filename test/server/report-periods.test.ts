/** How a period of move dates is split into whole months (monthly sums) and edge days (per-record counts). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planPeriod } from '../../server/store/report-periods.ts';

test('no period reads every month and no day', () => {
  assert.equal(planPeriod(), { months: {}, days: [] });
});

test('whole months are read from the sums only', () => {
  assert.equal(planPeriod('2026-03-01', '2026-04-30'), { months: { from: '2026-03', to: '2026-04' }, days: [] });
  assert.equal(planPeriod('2024-02-01', '2024-02-29'), { months: { from: '2024-02', to: '2024-02' }, days: [] });
});

test('partial months at either edge are read day by day', () => {
  assert.equal(planPeriod('2026-03-05', '2026-05-10'), { months: { from: '2026-04', to: '2026-04' }, days: [{ from: '2026-03-05', to: '2026-03-31' }, { from: '2026-05-01', to: '2026-05-10' }] });
  assert.equal(planPeriod('2026-03-05', '2026-03-20'), { days: [{ from: '2026-03-05', to: '2026-03-20' }] });
  assert.equal(planPeriod('2026-02-28', '2026-03-01'), { days: [{ from: '2026-02-28', to: '2026-02-28' }, { from: '2026-03-01', to: '2026-03-01' }] });
  assert.equal(planPeriod(undefined, '2026-05-10'), { months: { to: '2026-04' }, days: [{ from: '2026-05-01', to: '2026-05-10' }] });
  assert.equal(planPeriod('2026-12-05'), { months: { from: '2027-01' }, days: [{ from: '2026-12-05', to: '2026-12-31' }] });
});

test.run();
