/** Menu items a signed-in caller gets beyond the standard ones: the reports, for roles that may read them. */
import type { Principal } from '../auth/principal.ts';
import { mayReadReports, reportSettings } from '../reports/settings.ts';

export function menuFor(formsDir: string, principal: Principal): { href: string; label: string }[] {
  if (!mayReadReports(reportSettings(formsDir), principal)) return [];
  return [
    { href: '/reports', label: 'Reports' },
    { href: '/reports/pilots', label: 'Pilots' },
    { href: '/reports/samples', label: 'Quality checks' },
  ];
}
