/**
 * Checks forms/roles.json when the server starts: its shape (forms/schemas/roles.schema.json), role codes
 * named once, and every privilege naming known roles. The engine imports the file (so the browser and the
 * definition checker carry the same roles); it is this repository's data, not FORMS_DIR's.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readDataFile, refuse } from './data-files.ts';

const FORMS_DIR = fileURLToPath(new URL('../forms/', import.meta.url));

interface RolesData {
  roles: { code: string; title: string }[];
  privileges: Record<string, string[]>;
}

export function checkRolesData(dir: string = FORMS_DIR): void {
  const data = readDataFile<RolesData>(dir, 'roles');
  const first = new Map<string, number>();
  const problems = data.roles.flatMap(({ code }, i) => {
    const seen = first.get(code);
    if (seen === undefined) first.set(code, i);
    return seen === undefined ? [] : [{ pointer: `/roles/${i}/code`, message: `"${code}" is already the code of /roles/${seen}` }];
  });
  for (const [privilege, roles] of Object.entries(data.privileges)) {
    roles.forEach((role, i) => {
      if (!first.has(role)) problems.push({ pointer: `/privileges/${privilege}/${i}`, message: `"${role}" is not one of the roles: ${[...first.keys()].join(', ')}` });
    });
  }
  if (problems.length > 0) refuse(join(dir, 'roles.json'), problems);
}
