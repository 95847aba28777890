/** Menu items a signed-in caller gets beyond the standard ones: what their roles' privileges open. */
import type { Principal } from '../auth/principal.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { mayReadReports, reportSettings } from '../reports/settings.ts';

export function menuFor(formsDir: string, principal: Principal): { href: string; label: string }[] {
  const items: { href: string; label: string }[] = [];
  if (mayDo(principal, 'author')) items.push({ href: '/editor', label: 'Write forms' });
  if (mayReadReports(reportSettings(formsDir), principal)) {
    items.push({ href: '/reports', label: 'Reports' }, { href: '/reports/pilots', label: 'Pilots' }, { href: '/reports/samples', label: 'Quality checks' });
  }
  return items;
}
