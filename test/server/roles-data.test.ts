// forms/roles.json is checked when the server starts: its shape, role codes named once, and every
// privilege naming known roles; a wrong file stops the start naming the file and the field.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRolesData } from '../../server/roles-data.ts';
import { mayDo, PRIVILEGES, ROLES, whoMay } from '../../engine/vocabulary/roles.ts';

const REAL = fileURLToPath(new URL('../../forms/roles.json', import.meta.url));
const made: string[] = [];

function refusalOf(change: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'roles-'));
  made.push(dir);
  const data = JSON.parse(readFileSync(REAL, 'utf8'));
  change(data);
  writeFileSync(join(dir, 'roles.json'), JSON.stringify(data));
  try {
    checkRolesData(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected roles.json to be refused');
}

test.after(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

test('the committed roles.json passes, and the engine reads the same roles and privileges from it', () => {
  checkRolesData();
  const data = JSON.parse(readFileSync(REAL, 'utf8'));
  assert.equal(ROLES, data.roles.map((r: { code: string }) => r.code));
  assert.equal(PRIVILEGES, data.privileges);
});

test('a privilege naming a role that does not exist is refused, naming the field', () => {
  const message = refusalOf((data) => { data.privileges.audit.push('wizard'); });
  assert.match(message, /roles\.json#\/privileges\/audit\/1: "wizard" is not one of the roles/);
});

test('a role code given twice, or a role without a title, is refused', () => {
  assert.match(refusalOf((data) => { data.roles.push({ ...data.roles[0] }); }), new RegExp(`#/roles/${ROLES.length}/code: ".+" is already the code of /roles/0`));
  assert.match(refusalOf((data) => { delete data.roles[1].title; }), /#\/roles\/1: /);
});

test('mayDo grants a privilege to any role the data lists for it, and whoMay names them in words', () => {
  for (const [privilege, roles] of Object.entries(PRIVILEGES) as [keyof typeof PRIVILEGES, readonly string[]][]) {
    for (const role of ROLES) assert.is(mayDo({ roles: [role] }, privilege), roles.includes(role), `${role} ${privilege}`);
    assert.ok(whoMay(privilege).length > 0);
  }
  assert.not.ok(mayDo({ roles: [] }, 'audit'));
});

test.run();
