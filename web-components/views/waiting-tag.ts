import { html, nothing } from 'lit';
import type { Translate } from '../i18n.ts';

/** A grey tag beside an entry recorded on this device and not yet sent (docs/offline.md). */
export const waitingTag = (waiting: ReadonlySet<string> | undefined, id: string, t: Translate) =>
  waiting?.has(id) ? html` <strong class="govuk-tag govuk-tag--grey">${t('components.offline.waitingTag')}</strong>` : nothing;
