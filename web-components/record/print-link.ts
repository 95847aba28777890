import type { FormRecord } from '../../engine/types.ts';
import type { ApiClient } from '../api-client.ts';
import type { Translate } from '../i18n.ts';
import { messageOf } from '../messages.ts';

/** What opening the print page needs from the record's controller. */
export interface PrintHost {
  readonly client: ApiClient;
  readonly record?: FormRecord;
  readonly t: Translate;
  problem: string;
  focusAfterRender: string;
  requestUpdate(): void;
}

/**
 * The print link's click: with a token provider, opens the print page through a single-use link
 * (the navigation could not carry the token); without one, the plain link opens it with the cookie.
 */
export async function openPrintLink(host: PrintHost, hasToken: boolean, event: Event): Promise<void> {
  if (!host.record || !hasToken) return;
  event.preventDefault();
  try {
    window.open(await host.client.printLink(host.record.id), '_blank', 'noopener');
  } catch (error) {
    host.problem = messageOf(error, host.t);
    host.focusAfterRender = '.govuk-error-summary';
    host.requestUpdate();
  }
}
