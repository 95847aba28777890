/**
 * The service navigation: each page with the privilege (forms/roles.json) that opens it, the same
 * privilege the server checks on the page and its API.
 */
import { mayDo, type Privilege } from '../../engine/vocabulary/roles.ts';
import type { Principal } from '../auth/principal.ts';

export interface MenuItem {
  href: string;
  /** The key of its words in forms/locales/<lang>/pages.json. */
  labelKey: string;
  /** The privilege that opens the page. */
  needs?: Privilege;
}

const MENU: MenuItem[] = [
  { href: '/moves', labelKey: 'pages.menu.moves', needs: 'records' },
  { href: '/records', labelKey: 'pages.menu.findRecords', needs: 'records' },
  { href: '/preview', labelKey: 'pages.menu.preview', needs: 'preview' },
  { href: '/editor', labelKey: 'pages.menu.editor', needs: 'author' },
  { href: '/reports', labelKey: 'pages.menu.reports', needs: 'reports' },
  { href: '/reports/pilots', labelKey: 'pages.menu.pilots', needs: 'reports' },
  { href: '/reports/samples', labelKey: 'pages.menu.qualityChecks', needs: 'reports' },
];

const opens = (principal: Principal, needs: MenuItem['needs']): boolean =>
  needs === undefined || mayDo(principal, needs);

/** The menu items this user may open (for an unknown user, only those open to everyone). */
export function menuFor(principal?: Principal): MenuItem[] {
  return MENU.filter((item) => (principal ? opens(principal, item.needs) : item.needs === undefined));
}
