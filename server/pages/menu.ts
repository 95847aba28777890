/**
 * The service navigation: each page with the privilege (forms/roles.json) that opens it. Pages about
 * records are for people who work somewhere; the rest follow the caller's privileges.
 */
import { mayDo, type Privilege } from '../../engine/vocabulary/roles.ts';
import type { Principal } from '../auth/principal.ts';

export interface MenuItem {
  href: string;
  label: string;
  /** The privilege that opens the page; 'records' for pages listing records at the caller's locations. */
  needs?: Privilege | 'records';
}

const MENU: MenuItem[] = [
  { href: '/moves', label: 'Moves', needs: 'records' },
  { href: '/records', label: 'Find records', needs: 'records' },
  { href: '/preview', label: 'Preview a form', needs: 'preview' },
  { href: '/editor', label: 'Write forms', needs: 'author' },
  { href: '/reports', label: 'Reports', needs: 'reports' },
  { href: '/reports/pilots', label: 'Pilots', needs: 'reports' },
  { href: '/reports/samples', label: 'Quality checks', needs: 'reports' },
];

const opens = (principal: Principal, needs: MenuItem['needs']): boolean =>
  needs === undefined || (needs === 'records' ? principal.locations.length > 0 : mayDo(principal, needs));

/** The menu items this user may open (for an unknown user, only those open to everyone). */
export function menuFor(principal?: Principal): MenuItem[] {
  return MENU.filter((item) => (principal ? opens(principal, item.needs) : item.needs === undefined));
}
