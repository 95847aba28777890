/**
 * The structured view: the form's title and version, its sections (add, rename, reorder, who edits
 * them) and the questions of the chosen section (add of any kind, reorder, remove, edit), without JSON.
 */
import { html, nothing } from 'lit';
import { PRIVILEGES, type QuestionKind } from '../../engine/vocabulary/index.ts';
import { orList } from '../../engine/i18n/engine-text.ts';
import { roleTitles } from '../i18n.ts';
import { checkedOf, idFor, valueOf, type Json, type StructuredContext } from './context.ts';
import { kindAndTitle, renderQuestionPanel } from './question-panel.ts';
import { addQuestion, addSection, moveQuestion, moveSection, questionsOf, removeQuestion, renameSection, sectionsOf, setSectionRoles } from './structure.ts';

function renderFormDetails(ctx: StructuredContext) {
  const { t } = ctx;
  const form = ctx.definition['x-form'] ?? {};
  const set = (change: (d: Json) => void) => {
    const next = structuredClone(ctx.definition);
    change(next);
    ctx.apply(next);
  };
  return html`<div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for="form-title">${t('editor.sv.formTitle')}</label>
      <input class="govuk-input" id="form-title" type="text" .value=${ctx.definition.title ?? ''} @change=${(e: Event) => set((d) => { d.title = valueOf(e).trim(); })}>
    </div>
    <div class="editor-row">
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="form-name">${t('editor.sv.formName')}</label>
        <div class="govuk-hint" id="form-name-hint">${t('editor.sv.formNameHint')}</div>
        <input class="govuk-input govuk-input--width-20" id="form-name" type="text" spellcheck="false" aria-describedby="form-name-hint" .value=${form.name ?? ''}
          @change=${(e: Event) => set((d) => { d['x-form'] = { ...d['x-form'], name: valueOf(e).trim() }; })}></div>
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="form-version">${t('editor.sv.version')}</label>
        <div class="govuk-hint" id="form-version-hint">${t('editor.sv.versionHint')}</div>
        <input class="govuk-input govuk-input--width-10" id="form-version" type="text" spellcheck="false" aria-describedby="form-version-hint" .value=${form.version ?? ''}
          @change=${(e: Event) => set((d) => { d['x-form'] = { ...d['x-form'], version: valueOf(e).trim() }; })}></div>
    </div>`;
}

function renderSectionList(ctx: StructuredContext) {
  const { t } = ctx;
  const sections = sectionsOf(ctx.definition);
  const add = (event: Event) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('title') as HTMLInputElement;
    const title = input.value.trim();
    if (!title) return;
    // Edited as the first section is, else by the first role that works on records (forms/roles.json).
    const added = addSection(ctx.definition, title, sections[0]?.editRoles.length ? sections[0].editRoles : [PRIVILEGES.records[0] ?? ctx.roles[0]!]);
    ctx.apply(added.definition, { section: added.key, question: '' });
  };
  return html`<h3 class="govuk-heading-m">${t('editor.sv.sections')}</h3>
    <ol class="govuk-list govuk-list--number editor-list">
      ${sections.map((s, i) => html`<li class=${s.key === ctx.selectedSection ? 'editor-selected' : ''}>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" aria-pressed=${s.key === ctx.selectedSection ? 'true' : 'false'}
          @click=${() => ctx.select({ section: s.key, question: '' })}>${s.title}</button>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" ?disabled=${i === 0} @click=${() => ctx.apply(moveSection(ctx.definition, s.key, -1))}>${t('editor.sv.up')}<span class="govuk-visually-hidden">${t('editor.sv.moveUp', { title: s.title })}</span></button>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" ?disabled=${i === sections.length - 1} @click=${() => ctx.apply(moveSection(ctx.definition, s.key, 1))}>${t('editor.sv.down')}<span class="govuk-visually-hidden">${t('editor.sv.moveDown', { title: s.title })}</span></button>
      </li>`)}
    </ol>
    <form novalidate @submit=${add} class="editor-row">
      <div class="govuk-form-group"><label class="govuk-label" for="new-section">${t('editor.sv.newSection')}</label><input class="govuk-input govuk-input--width-20" id="new-section" name="title" type="text"></div>
      <button type="submit" class="govuk-button govuk-button--secondary">${t('editor.sv.addSection')}</button>
    </form>`;
}

function renderSectionPanel(ctx: StructuredContext) {
  const { t } = ctx;
  const key = ctx.selectedSection;
  const section = ctx.definition.properties?.[key] as Json | undefined;
  if (!section) return nothing;
  const pointer = `/properties/${key}`;
  const questions = questionsOf(ctx.definition, pointer);
  const roles: string[] = section['x-section']?.editRoles ?? [];
  const toggleRole = (role: string, on: boolean) => ctx.apply(setSectionRoles(ctx.definition, key, on ? [...roles, role] : roles.filter((r) => r !== role)));
  const add = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const title = (form.elements.namedItem('title') as HTMLInputElement).value.trim();
    if (!title) return;
    const added = addQuestion(ctx.definition, pointer, (form.elements.namedItem('kind') as HTMLSelectElement).value as QuestionKind, title, t);
    ctx.apply(added.definition, { question: added.pointer });
  };
  return html`<section class="editor-card" aria-labelledby="section-heading">
    <h3 class="govuk-heading-m" id="section-heading">${t('editor.sv.section', { title: section.title })}</h3>
    <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="section-title">${t('editor.sv.sectionTitle')}</label>
      <input class="govuk-input" id="section-title" type="text" .value=${section.title ?? ''} @change=${(e: Event) => valueOf(e).trim() && ctx.apply(renameSection(ctx.definition, key, valueOf(e).trim()))}></div>
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${t('editor.sv.whoFills')}</legend>
      <div class="govuk-checkboxes govuk-checkboxes--small">${ctx.roles.map((role) => html`<div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id=${`role-${role}`} type="checkbox" .checked=${roles.includes(role)} @change=${(e: Event) => toggleRole(role, checkedOf(e))}>
        <label class="govuk-label govuk-checkboxes__label" for=${`role-${role}`}>${roleTitles([role], t)}</label></div>`)}</div>
    </fieldset>
    <h4 class="govuk-heading-s">${t('editor.sv.questions')}</h4>
    <ul class="govuk-list editor-list">
      ${questions.map((q) => html`<li class=${`editor-depth-${Math.min(q.depth, 3)}${q.pointer === ctx.selectedQuestion ? ' editor-selected' : ''}`} id=${idFor('item', q.pointer)}>
        ${q.followUpOf ? html`<span class="govuk-body-s">${t('editor.sv.followUpOf', { key: q.followUpOf.key, values: orList(q.followUpOf.values.map(String), t) })}</span>` : nothing}
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" aria-pressed=${q.pointer === ctx.selectedQuestion ? 'true' : 'false'} @click=${() => ctx.select({ question: q.pointer })}>${q.title}${q.mandatory ? '' : t('editor.sv.optional')}</button>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" @click=${() => ctx.apply(moveQuestion(ctx.definition, q.pointer, -1))}>${t('editor.sv.up')}<span class="govuk-visually-hidden">${t('editor.sv.moveUp', { title: q.title })}</span></button>
        <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" @click=${() => ctx.apply(moveQuestion(ctx.definition, q.pointer, 1))}>${t('editor.sv.down')}<span class="govuk-visually-hidden">${t('editor.sv.moveDown', { title: q.title })}</span></button>
        <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-1" @click=${() => ctx.apply(removeQuestion(ctx.definition, q.pointer), { question: '' })}>${t('editor.sv.remove')}<span class="govuk-visually-hidden"> ${q.title}</span></button>
      </li>`)}
    </ul>
    <form class="editor-card" novalidate @submit=${add}><h4 class="govuk-heading-s">${t('editor.sv.addToSection')}</h4>
      ${kindAndTitle('new-question', t)}
      <button type="submit" class="govuk-button govuk-button--secondary">${t('editor.sv.addQuestion')}</button>
    </form>
  </section>`;
}

export function renderStructuredView(ctx: StructuredContext) {
  return html`${renderFormDetails(ctx)}${renderSectionList(ctx)}${renderSectionPanel(ctx)}${renderQuestionPanel(ctx)}`;
}
