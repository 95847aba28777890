/** The service navigation: each page with the roles that may open it (none: every signed-in user). */
import type { Role } from '../../engine/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';

/** Who may preview draft forms (the route and the menu read the same list). */
export const PREVIEW_ROLES: readonly Role[] = ['policy'];

export interface MenuItem {
  href: string;
  label: string;
  roles?: readonly Role[];
}

const MENU: MenuItem[] = [
  { href: '/moves', label: 'Moves' },
  { href: '/records', label: 'Find records' },
  { href: '/preview', label: 'Preview a form', roles: PREVIEW_ROLES },
];

/** The menu items this user may open (for an unknown user, only those open to everyone). */
export function menuFor(principal?: Principal): MenuItem[] {
  if (!principal) return MENU.filter((item) => !item.roles);
  return MENU.filter((item) => !item.roles || hasRole(principal, item.roles));
}
