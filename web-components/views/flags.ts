import { html, nothing } from 'lit';
import type { FlagLevel, RaisedFlag, ViewModel } from '../../engine/types.ts';
import { flagClass, flagLevelLabel } from '../questions/parts.ts';
import { formatDateTime } from '../format.ts';
import type { Translate } from '../i18n.ts';
import { waitingTag } from './waiting-tag.ts';
import type { Written } from '../english-marked.ts';

const LEVEL_ORDER: FlagLevel[] = ['alert', 'warning', 'attention', 'information'];

type IdFor = (pointer: string, part?: string) => string;

/** Red flag warnings: what the answers raised as alerts and what staff added since, each with who and when. */
export function renderRedFlags(idFor: IdFor, view: ViewModel, t: Translate, write: Written, waiting?: ReadonlySet<string>) {
  const headingId = idFor('/red-flags');
  return html`<div class="govuk-summary-card" role="region" aria-labelledby=${headingId}>
    <div class="govuk-summary-card__title-wrapper">
      <h2 class="govuk-summary-card__title" id=${headingId}>${t('components.redFlags.title', { count: view.redFlags.length })}</h2></div>
    <div class="govuk-summary-card__content">
      ${view.redFlags.length
        ? html`${!view.affordances.handoverAhead ? nothing : html`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${t('components.warning')}</span>
              ${t('components.redFlags.mustAcknowledge')}</strong></div>`}
          <ul class="govuk-list govuk-list--spaced">${view.redFlags.map((f) => html`<li><strong>${write(f.risk)}</strong>${waitingTag(waiting, f.id, t)}<br>
            <span class="govuk-body-s">${f.source === 'entry'
              ? t(f.at ? 'components.redFlags.identifiedByAt' : 'components.redFlags.identifiedBy', { who: f.identifiedBy ?? t('components.redFlags.unknown'), at: f.at ? formatDateTime(f.at, undefined, t) : '' })
              : t('components.redFlags.byAnswers')}</span></li>`)}</ul>`
        : html`<p class="govuk-body">${t('components.redFlags.none')}</p>`}
    </div></div>`;
}

/** Flags raised by the answers, grouped by level, most serious first; the level is written, not only coloured. */
export function renderFlags(idFor: IdFor, flags: RaisedFlag[], t: Translate, write: Written) {
  const headingId = idFor('/flags');
  const groups = LEVEL_ORDER.map((level) => ({ level, labels: flags.filter((f) => f.level === level).map((f) => f.label) })).filter((g) => g.labels.length);
  return html`<div class="govuk-summary-card" role="region" aria-labelledby=${headingId}>
    <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title" id=${headingId}>${t('components.flags.title')}</h2></div>
    <div class="govuk-summary-card__content">
      ${groups.length
        ? html`<dl class="govuk-summary-list">${groups.map((g) => html`<div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key"><strong class="govuk-tag ${flagClass(g.level)}">${flagLevelLabel(g.level, t)}</strong></dt>
            <dd class="govuk-summary-list__value"><ul class="govuk-list">${g.labels.map((label) => html`<li>${write(label)}</li>`)}</ul></dd></div>`)}</dl>`
        : html`<p class="govuk-body">${t('components.flags.none')}</p>`}
    </div></div>`;
}

