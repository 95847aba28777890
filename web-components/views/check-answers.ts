import { html, nothing } from 'lit';
import type { ConfirmBlockerGroup, ViewModel } from '../../engine/types.ts';
import { renderFlags, renderRedFlags } from './flags.ts';
import type { RecordHeading } from './record-heading.ts';
import { renderSectionAnswers } from './summary-list.ts';
import { roleTitles, type Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';

/** What the check-answers page needs: the heading, ids, and where "Change", "Back" and "Confirm" go. */
export interface CheckAnswersContext {
  t: Translate;
  /** Every word of the form shown goes through it (why: QuestionContext.write). */
  write: Written;
  heading: RecordHeading;
  busy: boolean;
  idFor(pointer: string, part?: string): string;
  back(): void;
  /** Opens the section with focus on the answer at `pointer` (its "Accept" for a carried-over answer). */
  change(section: string, pointer?: string, part?: 'input' | 'prefill'): void;
  confirm(): void;
}

/**
 * Before the irreversible confirm: what still stops it, grouped by section and by who can fix it, each
 * a link to the answer; when nothing does, every answer (flags and red flags first) with "Change" links,
 * then the confirm button (GOV.UK check answers).
 */
export function renderCheckAnswers(ctx: CheckAnswersContext, view: ViewModel) {
  const t = ctx.t;
  const back = html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); ctx.back(); }}>${t('components.nav.backToTasks')}</a>`;
  const caption = html`<span class="govuk-caption-l">${ctx.heading.personName}, ${ctx.heading.personId}</span>`;
  if (view.confirmBlockerGroups.length > 0) return html`${back}${caption}${renderBlockers(ctx, view.confirmBlockerGroups)}`;
  return html`${back}${caption}<h1 class="govuk-heading-l" tabindex="-1">${t('components.check.title')}</h1>
    ${view.form.redFlagPage ? renderRedFlags(ctx.idFor, view, t, ctx.write) : nothing}
    ${renderFlags(ctx.idFor, view.flags, t, ctx.write)}
    ${view.sections.map((s) => html`<h2 class="govuk-heading-m">${ctx.write(s.title)}</h2>${renderSectionAnswers(s, t, ctx.write, s.canEdit
      ? (q) => ({ href: `#${s.key}`, open: () => ctx.change(s.key, q.pointer) })
      : undefined)}`)}
    <h2 class="govuk-heading-m">${t('components.check.confirmHeading')}</h2>
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${t('components.warning')}</span>
        ${t('components.check.warning')}</strong></div>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button" ?disabled=${ctx.busy} @click=${() => ctx.confirm()}>${t('components.check.confirm')}</button>
      <a href="#" class="govuk-link" @click=${(e: Event) => { e.preventDefault(); ctx.back(); }}>${t('components.nav.backToTasks')}</a>
    </div>`;
}

/** What is left to do: the viewer's own work first, then what waits for other staff, who are named. */
function renderBlockers(ctx: CheckAnswersContext, groups: ConfirmBlockerGroup[]) {
  const t = ctx.t;
  const mine = groups.filter((g) => g.viewerCanFix !== false);
  const others = groups.filter((g) => g.viewerCanFix === false);
  const group = (g: ConfirmBlockerGroup) => html`<h3 class="govuk-heading-s">${g.section ? ctx.write(g.section.title) : t('components.check.confirming')}</h3>
    ${g.viewerCanFix === false ? html`<p class="govuk-body">${t('components.check.onlyRoles', { roles: roleTitles(g.fixRoles, t) })}</p>` : nothing}
    <ul class="govuk-list govuk-list--bullet">${g.blockers.map((b) => html`<li>${g.section && b.pointer && g.viewerCanFix !== false
      ? html`<a class="govuk-link" href=${`#${g.section.key}`} @click=${(e: Event) => {
          e.preventDefault();
          ctx.change(g.section!.key, b.pointer, b.kind === 'review' ? 'prefill' : 'input');
        }}>${ctx.write(b.message)}</a>`
      : ctx.write(b.message)}</li>`)}</ul>`;
  return html`<h1 class="govuk-heading-l" tabindex="-1">${t('components.check.blocked')}</h1>
    ${mine.length ? html`<h2 class="govuk-heading-m">${t('components.check.yours')}</h2>${mine.map(group)}` : nothing}
    ${others.length ? html`<h2 class="govuk-heading-m">${t('components.check.others')}</h2>${others.map(group)}` : nothing}
    <button type="button" class="govuk-button" @click=${() => ctx.back()}>${t('components.check.return')}</button>`;
}
