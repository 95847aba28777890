// Every definition in the forms folder passes the definition checker, compiles and words its mandatory
// messages GOV.UK style; the versions the catalogue pins ask every catalogue topic with its kind,
// prefill mark, follow-up and flags, and hold the policy rules of the brief. A form or version added
// later is discovered and held to the generic rules, never to today's policy.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDefinition } from '../../engine/check/index.ts';
import { compileForm } from '../../engine/node.ts';
import { CATALOGUE, CATALOGUED, EVENT_TYPES, NOT_PREFILLED, NOT_PREFILLED_SECTIONS } from './catalogue.ts';
import { definitionFiles, rollout } from './load.ts';
import { allQuestions, type QuestionAt } from './walk.ts';

const files = definitionFiles();

const ids = files.map((f) => `${f.form}/${f.version}`);

test('the forms folder holds a definition of every form the rollout names, and every version the catalogue pins', () => {
  assert.equal([...new Set(files.map((f) => f.form))].sort(), Object.keys(rollout().forms).sort());
  for (const pinned of CATALOGUED) assert.ok(ids.includes(pinned), `${pinned} is in the forms folder`);
});

for (const { form, version, definition } of files) {
  const id = `${form}/${version}`;
  const questions = allQuestions(definition);
  const byKey = (key: string): QuestionAt | undefined => questions.find((q) => q.key === key);

  test(`${id}: the definition checker finds no problem and the form compiles`, () => {
    assert.equal(checkDefinition(definition), []);
    const compiled = compileForm(definition);
    assert.is(compiled.name, form, 'x-form.name matches the folder');
    assert.is(compiled.version, version, 'x-form.version matches the file name');
  });

  test(`${id}: every mandatory question has a GOV.UK style "required" message`, () => {
    const groups: any[] = [];
    const collect = (group: any) => {
      groups.push(group);
      for (const schema of Object.values<any>(group.properties ?? {})) if (schema['x-kind'] === 'list') collect(schema.items);
      for (const rule of group.allOf ?? []) collect(rule.then);
    };
    Object.values<any>(definition.properties).forEach(collect);
    for (const group of groups) {
      for (const key of group.required ?? []) {
        const message: string | undefined = group.properties[key]['x-errors']?.required;
        assert.ok(message, `${key} needs x-errors.required`);
        assert.match(message!, /^(Select|Enter|Add|Give|Choose|Tick|Answer) /, `${key}: "${message}" says what to do`);
      }
    }
  });

  if (!CATALOGUED.has(id)) continue;

  test(`${id}: health is edited by healthcare, every other section by prison and police; prison and police confirm and cancel; escort staff also add entries`, () => {
    assert.equal(definition['x-form'].confirmRoles, ['prison', 'police']);
    assert.equal(definition['x-form'].cancelRoles, ['prison', 'police']);
    assert.equal(definition['x-form'].entryRoles, ['prison', 'police', 'escort']);
    for (const [key, section] of Object.entries<any>(definition.properties)) {
      const expected = key === 'health' ? ['healthcare'] : ['prison', 'police'];
      assert.equal(section['x-section'].editRoles, expected, `section ${key}`);
      assert.is(section['x-section'].requiredForConfirmation, true, `section ${key}`);
    }
  });

  test(`${id}: every date of something that has happened is limited to today or earlier; when the next dose is due is not`, () => {
    const dates = questions.filter((q) => q.schema['x-kind'] === 'date' || q.schema['x-kind'] === 'dateTime');
    assert.ok(dates.length >= 3);
    for (const q of dates) {
      const expected = q.key === 'nextDue' ? undefined : { notAfter: 'today' };
      assert.equal(q.schema['x-date'], expected, q.key);
      if (expected) assert.match(q.schema['x-errors'].notAfter, /must be today or in the past$/, q.key);
    }
  });

  test(`${id}: the record of events has the catalogue's event types`, () => {
    assert.equal(definition['x-form'].eventTypes.map((e: any) => e.const), EVENT_TYPES);
  });

  test(`${id}: questions likely to change between moves are never prefilled`, () => {
    for (const q of questions) {
      const never = NOT_PREFILLED.includes(q.key) || NOT_PREFILLED_SECTIONS.includes(q.section);
      if (never) assert.not.ok(q.schema['x-prefill'], `${q.section}/${q.key} must not be prefilled`);
    }
  });

  test(`${id}: every list needs at least one item; bags are keyed by seal number`, () => {
    for (const q of questions.filter((x) => x.schema['x-kind'] === 'list')) {
      assert.is(q.schema.minItems, 1, q.key);
      if (q.key === 'bags') assert.is(q.schema['x-list'].itemKey, 'sealNumber');
    }
  });

  const topics = CATALOGUE.filter((topic) => topic.forms.includes(id));
  test(`${id}: asks its ${topics.length} catalogue topics with their kind, prefill mark, details and flags`, () => {
    assert.ok(topics.length > 0);
    for (const topic of topics) {
      const q = byKey(topic.key);
      assert.ok(q, `${topic.topic}: no question ${topic.key}`);
      const { schema } = q!;
      assert.is(schema['x-kind'], topic.kind, `${topic.topic}: kind`);
      assert.is(schema['x-prefill'] === true, topic.prefill, `${topic.topic}: prefill mark`);
      const flags: any[] = schema['x-flags'] ?? [];
      assert.is(flags.length > 0, !!topic.flags, `${topic.topic}: has flags`);
      for (const [value, level] of topic.flags ?? []) {
        assert.ok(flags.some((f) => f.values.includes(value) && f.level === level), `${topic.topic}: ${level} flag on ${value}`);
      }
      if (topic.details) {
        const details = byKey(`${topic.key}Details`);
        assert.ok(details, `${topic.topic}: details`);
        assert.is(details!.schema['x-kind'], 'longText');
        assert.equal(details!.gates.at(-1), { list: undefined, key: topic.key, condition: { const: 'yes' } }, `${topic.topic}: details open on yes`);
        assert.is(details!.schema['x-prefill'] === true, topic.prefill, `${topic.topic}: details prefill mark`);
      }
      if (topic.choiceDetails) {
        for (const choice of schema.items.oneOf.filter((c: any) => !c['x-exclusive'])) {
          const opened = questions.filter((d) => d.gates.at(-1)?.key === topic.key && d.gates.at(-1)?.condition.contains?.const === choice.const);
          const boxes = opened.filter((d) => d.schema['x-kind'] === 'longText');
          assert.is(boxes.length, 1, `${topic.topic}: one details box opened by ${choice.const}`);
          assert.is(boxes[0]!.schema['x-prefill'] === true, topic.prefill, `${topic.topic}: details of ${choice.const} prefill mark`);
        }
      }
    }
  });
}

test('PER 2.0.0 adds the red flag page and the suicide and self-harm warning section; 1.0.0 has neither', () => {
  const [per1, per2] = ['1.0.0', '2.0.0'].map((v) => files.find((f) => f.form === 'per' && f.version === v)!.definition);
  assert.not.ok(per1['x-form'].redFlagPage);
  assert.is(per2['x-form'].redFlagPage, true);
  assert.equal(Object.keys(per1.properties), ['risk', 'offence', 'health', 'property']);
  assert.equal(Object.keys(per2.properties), ['risk', 'sash', 'offence', 'health', 'property']);
  assert.ok('selfHarmIndicated' in per1.properties.risk.properties, '1.0.0 asks about self-harm in the risk section');
  assert.not.ok(allQuestions(per2).some((q) => q.section === 'risk' && q.key.startsWith('selfHarm')), '2.0.0 moved it out of risk');
});

test('the SASH section of PER 2.0.0 and the standalone SASH form ask the same questions and prefill each other', () => {
  const per2 = files.find((f) => f.form === 'per' && f.version === '2.0.0')!.definition;
  const sash = files.find((f) => f.form === 'sash')!.definition;
  assert.equal(per2.properties.sash.properties, sash.properties.sash.properties);
  assert.equal(per2.properties.sash.allOf, sash.properties.sash.allOf);
  assert.ok(per2['x-form'].prefillFrom.includes('sash'));
  assert.ok(sash['x-form'].prefillFrom.includes('per'));
});

test('the local PER asks why, has the red flag page, and asks for bags only when property is moving', () => {
  const local = files.find((f) => f.form === 'per-local')!.definition;
  assert.is(local['x-form'].redFlagPage, true);
  const reason = allQuestions(local).find((q) => q.key === 'localMoveReason')!;
  assert.equal(reason.schema.oneOf.map((c: any) => c.const), ['hospital', 'localCourt', 'wedding', 'funeral', 'dyingRelative', 'policeProduction']);
  assert.equal(local.properties.property.required, ['propertyMoving']);
  const bags = allQuestions(local).find((q) => q.key === 'bags')!;
  assert.equal(bags.gates, [{ list: undefined, key: 'propertyMoving', condition: { const: 'yes' } }]);
});

test('keys that mean the same thing are the same question in PER 1.0.0 and 2.0.0 (same kind)', () => {
  const [q1, q2] = ['1.0.0', '2.0.0'].map((v) => allQuestions(files.find((f) => f.form === 'per' && f.version === v)!.definition));
  const shared = q1.filter((a) => q2.some((b) => b.key === a.key && b.list === a.list));
  assert.ok(shared.length > 100, `${shared.length} shared questions`);
  for (const a of shared) {
    const b = q2.find((x) => x.key === a.key && x.list === a.list)!;
    assert.is(b.schema['x-kind'], a.schema['x-kind'], a.key);
  }
});

test.run();
