// A copy of the forms folder under test to break on purpose, and what validate and the server say about it.
import * as assert from 'uvu/assert';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { formsDir } from '../forms/load.ts';
import { formEngine, tempFolder } from './cli-helpers.ts';

/** A copy of the forms folder under test, as `<temp>/forms`, with `change` applied to its data. */
export function formsCopy(change: (dir: string) => void = () => {}): string {
  const root = tempFolder({});
  cpSync(formsDir, join(root, 'forms'), { recursive: true });
  change(join(root, 'forms'));
  return root;
}

export const editJson = (path: string, edit: (data: any) => void) => {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
};

/** validate's problem lines, and the server's refusal of the same folder: they must list the same problems. */
export function bothReport(root: string): string[] {
  const run = formEngine(root, 'validate', 'forms');
  assert.is(run.status, 1, run.stdout);
  const lines = run.lines.slice(0, -1);
  let refusal = '';
  try {
    loadFormsRegistry(join(root, 'forms'));
  } catch (error) {
    refusal = (error as Error).message;
  }
  const refused = refusal.split('\n').slice(1).map((l) => l.trim().slice(root.length + 1));
  assert.equal(refused, lines, 'the server refuses with exactly what validate reports');
  return lines;
}
