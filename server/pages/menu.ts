/**
 * The service navigation: each page with the privilege (forms/roles.json) that opens it, the same
 * privilege the server checks on the page and its API.
 */
import { mayDo, type Privilege } from '../../engine/vocabulary/roles.ts';
import type { Principal } from '../auth/principal.ts';

export interface MenuItem {
  href: string;
  label: string;
  /** The privilege that opens the page. */
  needs?: Privilege;
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
  needs === undefined || mayDo(principal, needs);

/** The menu items this user may open (for an unknown user, only those open to everyone). */
export function menuFor(principal?: Principal): MenuItem[] {
  return MENU.filter((item) => (principal ? opens(principal, item.needs) : item.needs === undefined));
}
