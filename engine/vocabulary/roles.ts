/**
 * The roles a definition can grant, and the privileges beyond one record each role has: data in
 * forms/roles.json (shape: forms/schemas/roles.schema.json, checked when the server starts and by
 * test/forms/data.test.ts). Imported rather than read so the browser bundle and the browser definition
 * checker carry the same list. No code names a role.
 */
import data from '../../forms/roles.json' with { type: 'json' };

/** A role code from forms/roles.json; definitions naming any other are refused by the checker. */
export type Role = string;
/** A privilege from forms/roles.json: naming one that the data lacks does not type-check. */
export type Privilege = keyof typeof data.privileges;

export const ROLES: readonly Role[] = data.roles.map((role) => role.code);
export const PRIVILEGES: Readonly<Record<Privilege, readonly Role[]>> = data.privileges;
const TITLES = new Map(data.roles.map((role) => [role.code, role.title]));

export const roleListSchema = {
  type: 'array',
  items: { enum: [...ROLES] },
  uniqueItems: true,
} as const;

/** Whether someone holding `roles` has `privilege`. */
export function mayDo(who: { roles: readonly Role[] }, privilege: Privilege): boolean {
  return who.roles.some((role) => PRIVILEGES[privilege].includes(role));
}

/** Who has `privilege`, in words for a refusal: "auditors", "policy teams and regional forums", "a, b and c". */
export function whoMay(privilege: Privilege): string {
  const titles = PRIVILEGES[privilege].map((role) => TITLES.get(role) ?? role);
  return titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles.join('');
}
