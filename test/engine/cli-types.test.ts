import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { formEngine, tempFolder, workedExample } from './cli-helpers.ts';

/** Type-checks `source` beside the generated types; returns the compiler's messages. */
function typeErrors(dir: string, source: string): string[] {
  const file = join(dir, 'types', 'use.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, allowImportingTsExtensions: true, skipLibCheck: true, types: [],
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const dir = tempFolder({ 'forms/escort-check/1.0.0.json': workedExample(), 'forms/locations.json': { regions: [] } });
const run = formEngine(dir, 'types', 'forms', '--out', 'types');

test('types writes one file per form version with a named answers type', () => {
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.lines, ['wrote types/escort-check-1.0.0.ts (EscortCheck100Answers)', '1 type file written (1 other JSON file skipped)']);
  assert.match(readFileSync(join(dir, 'types/escort-check-1.0.0.ts'), 'utf8'), 'export interface EscortCheck100Answers');
});

const header = "import type { EscortCheck100Answers } from './escort-check-1.0.0.ts';\n";

test('a complete record with follow-ups and list items type-checks', () => {
  const errors = typeErrors(dir, `${header}
export const answers: EscortCheck100Answers = {
  risk: { violent: 'yes', violentDetails: 'Assaulted an officer', weaponUsed: 'yes', weaponWhen: '2024-05-01',
          observation: 'every15', riskTo: ['staff'], riskToStaffDetails: 'Threats', heightCm: 180 },
  health: { takesMedication: 'yes', lastSeenByNurse: '2025-03-03T10:00:00Z',
            medication: [{ name: 'Sertraline', neededWhileMoving: 'yes', nextDue: '2025-03-03T18:00:00Z' }] },
};
export const draft: EscortCheck100Answers = { health: { takesMedication: 'no' } };
`);
  assert.equal(errors, []);
});

test('wrong answers do not type-check', () => {
  const wrong: [string, string][] = [
    ["{ risk: { violent: 42, observation: 'standard' } }", "Type 'number' is not assignable to type '\"yes\" | \"no\"'"],
    ["{ risk: { violent: 'maybe', observation: 'standard' } }", '"maybe"'],
    ["{ risk: { violent: 'no', observation: 'standard', violnt: 'no' } }", 'violnt'],
    ["{ risk: { observation: 'standard' } }", 'violent'],
    ["{ risk: { violent: 'no', observation: 'standard', riskTo: ['children'] } }", '"children"'],
    ["{ health: { takesMedication: 'yes', medication: [{ name: 'Sertraline' }] } }", 'neededWhileMoving'],
  ];
  for (const [value, mentioned] of wrong) {
    const errors = typeErrors(dir, `${header}export const answers: EscortCheck100Answers = ${value};\n`);
    assert.ok(errors.some((e) => e.includes(mentioned)), `${value} should fail mentioning ${mentioned}, got: ${errors.join(' | ') || 'no errors'}`);
  }
});

test('a definition with problems gets no types, and its problems are printed', () => {
  const broken = workedExample();
  broken.properties.risk.properties.violent.enum = ['yes'];
  const brokenDir = tempFolder({ 'forms/escort-check/1.0.0.json': broken });
  const result = formEngine(brokenDir, 'types', 'forms', '--out', 'types');
  assert.is(result.status, 1);
  assert.equal(result.lines, [
    'forms/escort-check/1.0.0.json#/properties/risk/properties/violent/enum: a yesNo question needs "enum": ["yes", "no"]',
    '0 type files written: 1 definition with problems not written',
  ]);
  assert.not.ok(existsSync(join(brokenDir, 'types/escort-check-1.0.0.ts')));
});

test('two files of one name and version get no type, as validate reports them; the summary counts them', () => {
  const other = { ...workedExample(), 'x-form': { ...workedExample()['x-form'], name: 'other-check' } };
  const dupDir = tempFolder({ 'forms/escort-check/1.0.0.json': workedExample(), 'drafts/escort-check-copy.json': workedExample(), 'forms/other-check/1.0.0.json': other });
  const result = formEngine(dupDir, 'types', '.', '--out', 'types');
  assert.is(result.status, 1);
  assert.equal(result.lines, [
    'drafts/escort-check-copy.json#/x-form: form "escort-check" version "1.0.0" is also defined in forms/escort-check/1.0.0.json; each version must have exactly one file',
    'forms/escort-check/1.0.0.json#/x-form: form "escort-check" version "1.0.0" is also defined in drafts/escort-check-copy.json; each version must have exactly one file',
    'wrote types/other-check-1.0.0.ts (OtherCheck100Answers)',
    '1 type file written: 2 definitions with problems not written',
  ]);
  assert.not.ok(existsSync(join(dupDir, 'types/escort-check-1.0.0.ts')));
});

test.run();
