/**
 * Pilot rules on the policy team's start page: each form's current rules, the proposals waiting for a
 * second person (who approves or rejects them), and a form to propose one: which version, where, from
 * and until when.
 */
import { html, nothing } from 'lit';
import type { Rollout, RolloutRule } from '../../engine/rollout.ts';
import type { DraftsClient } from './drafts-client.ts';

interface Proposal { id: string; form: string; rule: RolloutRule; state: string; proposedBy: string; decided?: { by: string; reason?: string } }

export interface PilotData {
  rollout: { revision: number; rollout: Rollout; proposals: Proposal[] };
  locations: { code: string; name: string }[];
  forms: { name: string; title: string; versions: string[] }[];
}

const where = (rule: RolloutRule) => [
  rule.when.locations?.length ? `at ${rule.when.locations.join(', ')}` : '',
  rule.when.regions?.length ? `in ${rule.when.regions.join(', ')}` : '',
  rule.when.from ? `from ${rule.when.from}` : '',
  rule.when.until ? `until ${rule.when.until}` : '',
].filter(Boolean).join(' ') || 'everywhere';

export function renderPilots(data: PilotData, user: string, client: DraftsClient, fail: (message: string) => void, reload: () => void) {
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      reload();
    } catch (error) {
      fail((error as Error).message);
    }
  };
  const propose = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const [name, version] = value('pilot-version').split('@');
    const locations = [...form.querySelectorAll<HTMLInputElement>('input[name="pilot-locations"]:checked')].map((box) => box.value);
    const when = { ...(locations.length ? { locations } : {}), ...(value('pilot-from') ? { from: value('pilot-from') } : {}), ...(value('pilot-until') ? { until: value('pilot-until') } : {}) };
    const description = value('pilot-description');
    void act(() => client.api.request('POST', '/rollout-proposals', { form: name, rule: { version, ...(description ? { description } : {}), when } }));
  };
  const waiting = data.rollout.proposals.filter((p) => p.state === 'proposed');
  return html`<h2 class="govuk-heading-m">Pilots</h2>
    <dl class="govuk-summary-list">${Object.entries(data.rollout.rollout.forms).map(([name, entry]) => html`<div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">${name}</dt>
      <dd class="govuk-summary-list__value">${entry.rules.map((r) => html`${r.version} ${where(r)}${r.description ? ` (${r.description})` : ''}<br>`)}${entry.default} everywhere else</dd></div>`)}
    </dl>
    <h3 class="govuk-heading-s">Proposed pilots</h3>
    ${waiting.length ? html`<ul class="govuk-list">${waiting.map((p) => html`<li>${p.form} ${p.rule.version} ${where(p.rule)}, proposed by ${p.proposedBy}
      ${p.proposedBy === user ? html`<span class="govuk-body-s">(another policy user must approve it)</span>` : html`
        <button type="button" class="govuk-button govuk-!-margin-bottom-0" @click=${() => act(() => client.api.request('POST', `/rollout-proposals/${encodeURIComponent(p.id)}/approve`, {}))}>Approve pilot<span class="govuk-visually-hidden"> of ${p.form} ${p.rule.version}</span></button>
        <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" @click=${() => act(() => client.api.request('POST', `/rollout-proposals/${encodeURIComponent(p.id)}/reject`, { reason: 'Rejected on review' }))}>Reject<span class="govuk-visually-hidden"> pilot of ${p.form} ${p.rule.version}</span></button>`}
    </li>`)}</ul>` : html`<p class="govuk-body">None waiting.</p>`}
    <form novalidate @submit=${propose} class="editor-card">
      <h3 class="govuk-heading-s">Propose a pilot</h3>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-version">Version to pilot</label>
        <select class="govuk-select" id="pilot-version" name="pilot-version">${data.forms.flatMap((f) => f.versions.map((v) => html`<option value=${`${f.name}@${v}`}>${f.title} ${v}</option>`))}</select></div>
      <div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="pilot-locations-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Locations</legend>
        <div class="govuk-hint" id="pilot-locations-hint">None ticked means everywhere</div>
        <div class="govuk-checkboxes govuk-checkboxes--small">${data.locations.map((l) => html`<div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id=${`pilot-location-${l.code}`} name="pilot-locations" type="checkbox" value=${l.code}>
          <label class="govuk-label govuk-checkboxes__label" for=${`pilot-location-${l.code}`}>${l.name}</label></div>`)}</div>
      </fieldset></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-from">From (YYYY-MM-DD, optional)</label><input class="govuk-input govuk-input--width-10" id="pilot-from" name="pilot-from" type="text"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-until">Until (YYYY-MM-DD, optional)</label><input class="govuk-input govuk-input--width-10" id="pilot-until" name="pilot-until" type="text"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-description">Description</label><input class="govuk-input" id="pilot-description" name="pilot-description" type="text"></div>
      <button type="submit" class="govuk-button govuk-button--secondary">Propose pilot</button>
    </form>${nothing}`;
}
