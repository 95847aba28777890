/**
 * Pilot rules on the policy team's start page: each form's current rules, the proposals waiting for a
 * second person (who approves or rejects them), and a form to propose one: which version, where, from
 * and until when.
 */
import { html, nothing } from 'lit';
import { formatDate } from '../../engine/display.ts';
import { ruleDescription, type Rollout, type RolloutRule } from '../../engine/rollout.ts';
import { TRANSLATION_LANGUAGES } from '../../engine/i18n/translation.ts';
import type { Translate } from '../i18n.ts';
import type { DraftsClient } from './drafts-client.ts';

interface Proposal { id: string; form: string; rule: RolloutRule; state: string; proposedBy: string; decided?: { by: string; reason?: string } }

export interface PilotData {
  rollout: { revision: number; rollout: Rollout; proposals: Proposal[] };
  locations: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  forms: { name: string; title: string; versions: string[] }[];
}

const where = (rule: RolloutRule, t: Translate, places: ReadonlyMap<string, string>) => [
  rule.when.locations?.length ? t('editor.pilots.at', { places: rule.when.locations.map((code) => places.get(code) ?? code).join(', ') }) : '',
  rule.when.regions?.length ? t('editor.pilots.in', { regions: rule.when.regions.map((code) => places.get(code) ?? code).join(', ') }) : '',
  rule.when.from ? t('editor.pilots.from', { date: formatDate(rule.when.from, t) }) : '',
  rule.when.until ? t('editor.pilots.until', { date: formatDate(rule.when.until, t) }) : '',
].filter(Boolean).join(' ') || t('editor.pilots.everywhere');

export function renderPilots(data: PilotData, user: string, client: DraftsClient, t: Translate, language: string, fail: (message: string) => void, reload: () => void) {
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
    const descriptions = Object.fromEntries(TRANSLATION_LANGUAGES.map((code) => [code, value(`pilot-description-${code}`)]).filter(([, text]) => text));
    const rule = { version, ...(description ? { description } : {}), ...(Object.keys(descriptions).length ? { descriptions } : {}), when };
    void act(() => client.api.request('POST', '/rollout-proposals', { form: name, rule }));
  };
  const waiting = data.rollout.proposals.filter((p) => p.state === 'proposed');
  // Location codes are upper case and region codes lower case (forms/schemas/locations.schema.json), so one map names both.
  const places = new Map([...data.locations, ...data.regions].map((p) => [p.code, p.name]));
  return html`<h2 class="govuk-heading-m">${t('editor.pilots.title')}</h2>
    <dl class="govuk-summary-list">${Object.entries(data.rollout.rollout.forms).map(([name, entry]) => html`<div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">${name}</dt>
      <dd class="govuk-summary-list__value">${entry.rules.map((r) => html`${r.version} ${where(r, t, places)}${ruleDescription(r, language) ? ` (${ruleDescription(r, language)})` : ''}<br>`)}${t('editor.pilots.elsewhere', { version: entry.default })}</dd></div>`)}
    </dl>
    <h3 class="govuk-heading-s">${t('editor.pilots.proposed')}</h3>
    ${waiting.length ? html`<ul class="govuk-list">${waiting.map((p) => html`<li>${p.form} ${p.rule.version} ${where(p.rule, t, places)}, ${t('editor.pilots.proposedBy', { who: p.proposedBy })}
      ${p.proposedBy === user ? html`<span class="govuk-body-s">${t('editor.pilots.needsAnother')}</span>` : html`
        <button type="button" class="govuk-button govuk-!-margin-bottom-0" @click=${() => act(() => client.api.request('POST', `/rollout-proposals/${encodeURIComponent(p.id)}/approve`, {}))}>${t('editor.pilots.approve')}<span class="govuk-visually-hidden"> ${t('editor.pilots.ofWhich', { form: p.form, version: p.rule.version })}</span></button>
        <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" @click=${() => act(() => client.api.request('POST', `/rollout-proposals/${encodeURIComponent(p.id)}/reject`, { reason: t('editor.pilots.rejectReason') }))}>${t('editor.pilots.reject')}<span class="govuk-visually-hidden"> ${t('editor.pilots.rejectWhich', { form: p.form, version: p.rule.version })}</span></button>`}
    </li>`)}</ul>` : html`<p class="govuk-body">${t('editor.pilots.none')}</p>`}
    <form novalidate @submit=${propose} class="editor-card">
      <h3 class="govuk-heading-s">${t('editor.pilots.propose')}</h3>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-version">${t('editor.pilots.version')}</label>
        <select class="govuk-select" id="pilot-version" name="pilot-version">${data.forms.flatMap((f) => f.versions.map((v) => html`<option value=${`${f.name}@${v}`}>${f.title} ${v}</option>`))}</select></div>
      <div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="pilot-locations-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${t('editor.pilots.locations')}</legend>
        <div class="govuk-hint" id="pilot-locations-hint">${t('editor.pilots.locationsHint')}</div>
        <div class="govuk-checkboxes govuk-checkboxes--small">${data.locations.map((l) => html`<div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id=${`pilot-location-${l.code}`} name="pilot-locations" type="checkbox" value=${l.code}>
          <label class="govuk-label govuk-checkboxes__label" for=${`pilot-location-${l.code}`}>${l.name}</label></div>`)}</div>
      </fieldset></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-from">${t('editor.pilots.fromLabel')}</label><input class="govuk-input govuk-input--width-10" id="pilot-from" name="pilot-from" type="text"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-until">${t('editor.pilots.untilLabel')}</label><input class="govuk-input govuk-input--width-10" id="pilot-until" name="pilot-until" type="text"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="pilot-description">${t('editor.pilots.description')}</label><input class="govuk-input" id="pilot-description" name="pilot-description" type="text"></div>
      ${TRANSLATION_LANGUAGES.map((code) => html`<div class="govuk-form-group"><label class="govuk-label" for=${`pilot-description-${code}`}>${t(`editor.pilots.descriptionIn.${code}`)}</label><input class="govuk-input" id=${`pilot-description-${code}`} name=${`pilot-description-${code}`} type="text" lang=${code}></div>`)}
      <button type="submit" class="govuk-button govuk-button--secondary">${t('editor.pilots.submit')}</button>
    </form>${nothing}`;
}
