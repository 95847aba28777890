import { html, nothing } from 'lit';

/** A grey tag beside an entry recorded on this device and not yet sent (docs/offline.md). */
export const waitingTag = (waiting: ReadonlySet<string> | undefined, id: string) =>
  waiting?.has(id) ? html` <strong class="govuk-tag govuk-tag--grey">Waiting to send</strong>` : nothing;
