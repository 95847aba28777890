/**
 * Checks this repository's own data when the server starts (the engine imports these files, so the
 * browser bundle and the definition checker carry the same; they are not FORMS_DIR's): forms/roles.json
 * (shape, role codes named once, every privilege naming known roles) and forms/entries.json (shape).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readDataFile } from './cli/forms-set.ts';
import { problemLine, type FileProblem } from './cli/validate.ts';

const FORMS_DIR = fileURLToPath(new URL('../forms/', import.meta.url));

interface RolesData {
  roles: { code: string; title: string }[];
  privileges: Record<string, string[]>;
}

function refuse(problems: FileProblem[]): void {
  if (problems.length > 0) throw new Error(`This repository's forms data is not valid:\n${problems.map((p) => `  ${problemLine(p)}`).join('\n')}`);
}

export function checkRolesData(dir: string = FORMS_DIR): void {
  const problems: FileProblem[] = [];
  const data = readDataFile(dir, 'roles', problems) as RolesData;
  refuse(problems);
  const path = join(dir, 'roles.json');
  const first = new Map<string, number>();
  data.roles.forEach(({ code }, i) => {
    const seen = first.get(code);
    if (seen === undefined) first.set(code, i);
    else problems.push({ path, pointer: `/roles/${i}/code`, message: `"${code}" is already the code of /roles/${seen}` });
  });
  for (const [privilege, roles] of Object.entries(data.privileges)) {
    roles.forEach((role, i) => {
      if (!first.has(role)) problems.push({ path, pointer: `/privileges/${privilege}/${i}`, message: `"${role}" is not one of the roles: ${[...first.keys()].join(', ')}` });
    });
  }
  refuse(problems);
}

/** forms/entries.json against forms/schemas/entries.schema.json: the fields of handovers, events, red flags and cancelling. */
export function checkEntriesData(dir: string = FORMS_DIR): void {
  const problems: FileProblem[] = [];
  readDataFile(dir, 'entries', problems);
  refuse(problems);
}
