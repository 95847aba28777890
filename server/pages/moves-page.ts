/**
 * The Moves page: today's and the coming days' moves from or to the user's locations, as a GOV.UK
 * table sortable by date and paginated, each linking to its record; "Start a record" only for roles
 * some form lets start one.
 */
import { Router, type Request, type Response, type RequestHandler } from 'express';
import { canCreate, formatDate, stateLabel, type LifecycleState } from '../../engine/index.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import type { AppContext } from '../app-context.ts';
import { principalOf, type Principal } from '../auth/principal.ts';
import { movesPage, readMovesQuery, type MovesPage } from '../records/moves.ts';
import { say } from '../http/errors.ts';
import { todaysRecordsElement } from './offline-moves.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { escapeHtml as e, renderPage } from './layout.ts';
import { messageHtml, pageLanguage } from './page-language.ts';

export function movesPageRoutes({ store, forms }: Pick<AppContext, 'store' | 'forms'>, requireSession: RequestHandler): Router {
  const router = Router();
  router.get('/moves', requireSession, async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const language = pageLanguage(req, res);
    const { t } = language;
    const read = readMovesQuery(req.query as Record<string, unknown>);
    if ('problems' in read) {
      res.status(400).type('html').send(renderPage({
        title: t('pages.moves.title'), language, signedIn: principal, error: true,
        main: `<h1 class="govuk-heading-l">${e(t('pages.moves.title'))}</h1><p class="govuk-body">${read.problems.map((p) => e(p.words ? say(t, p.words) : p.message)).join('. ')}. <a class="govuk-link" href="/moves">${e(t('pages.moves.showToday'))}</a></p>`,
      }));
      return;
    }
    const page = await movesPage(store, forms, principal, read.query, language.code);
    const words: Words = { t, date: (value) => formatDate(value, t), state: (state) => stateLabel(state, t) };
    res.set('cache-control', 'no-store').type('html').send(renderPage({ title: t('pages.moves.title'), language, signedIn: principal, main: renderMoves(page, mayStart(forms, principal), words) }));
  });
  return router;
}

/** Whether any form lets one of the user's roles start a record (x-form.createRoles). */
function mayStart(forms: FormsRegistry, principal: Principal): boolean {
  return forms.list().some((f) => {
    const latest = forms.get(f.name, f.versions.at(-1)!);
    return latest !== undefined && canCreate(latest.compiled, principal.roles);
  });
}

function link(page: MovesPage, changes: Partial<Pick<MovesPage, 'page' | 'order'>>): string {
  const q = { from: page.fromDate, days: String(page.days), order: changes.order ?? page.order, page: String(changes.page ?? page.page) };
  return `/moves?${new URLSearchParams(q).toString()}`;
}

/** The page's words: its text, dates and record states in the reader's language. */
interface Words {
  t: Translate;
  date(value: string): string;
  state(state: LifecycleState): string;
}

function renderMoves(page: MovesPage, canStart: boolean, { t, date, state }: Words): string {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const nextOrder = page.order === 'asc' ? 'desc' : 'asc';
  const rows = page.moves.map((m) => `<tr class="govuk-table__row">
      <td class="govuk-table__cell" data-label="${e(t('pages.moves.column.date'))}">${e(date(m.move.date))}</td>
      <td class="govuk-table__cell" data-label="${e(t('pages.moves.column.person'))}"><a class="govuk-link" href="/records/${encodeURIComponent(m.recordId)}">${e(m.person.name)}<span class="govuk-visually-hidden">: ${e(m.formTitle)}</span></a><br><span class="govuk-body-s">${e(m.person.id)}</span></td>
      <td class="govuk-table__cell" data-label="${e(t('pages.moves.column.move'))}">${e(t('pages.moves.fromTo', { from: m.move.from, to: m.move.to }))}<br><span class="govuk-body-s">${e(m.move.type)}</span></td>
      <td class="govuk-table__cell" data-label="${e(t('pages.moves.column.record'))}">${e(state(m.state))}</td></tr>`).join('\n');
  const table = page.total
    ? `<table class="govuk-table form-table-stack">
    <caption class="govuk-table__caption govuk-table__caption--m">${e(t('pages.moves.caption', { count: page.total, from: date(page.fromDate), to: date(page.toDate) }))}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header" aria-sort="${page.order === 'asc' ? 'ascending' : 'descending'}"><a class="govuk-link" href="${e(link(page, { order: nextOrder, page: 1 }))}">${e(t('pages.moves.column.date'))}<span class="govuk-visually-hidden">${e(t(nextOrder === 'asc' ? 'pages.moves.sort.earliest' : 'pages.moves.sort.latest'))}</span></a></th>
      <th scope="col" class="govuk-table__header">${e(t('pages.moves.column.person'))}</th>
      <th scope="col" class="govuk-table__header">${e(t('pages.moves.column.move'))}</th>
      <th scope="col" class="govuk-table__header">${e(t('pages.moves.column.record'))}</th></tr></thead>
    <tbody class="govuk-table__body">${rows}</tbody></table>${renderPagination(page, pages, t)}`
    : `<p class="govuk-body">${e(t('pages.moves.none', { from: date(page.fromDate), to: date(page.toDate) }))}</p>`;
  return `<h1 class="govuk-heading-l">${e(t('pages.moves.title'))}</h1>
  <p class="govuk-body">${e(t('pages.moves.intro', { count: page.days - 1 }))}</p>
  ${canStart ? `<a href="/records" role="button" draggable="false" class="govuk-button">${e(t('pages.moves.start'))}</a>` : ''}
  ${todaysRecordsElement(page)}
  ${table}`;
}

/** GOV.UK pagination: previous, numbered pages, next. */
function renderPagination(page: MovesPage, pages: number, t: Translate): string {
  if (pages <= 1) return '';
  const items = Array.from({ length: pages }, (_, i) => i + 1).map((n) => n === page.page
    ? `<li class="govuk-pagination__item govuk-pagination__item--current"><a class="govuk-link govuk-pagination__link" href="${e(link(page, { page: n }))}" aria-label="${e(t('pages.pagination.page', { page: n }))}" aria-current="page">${n}</a></li>`
    : `<li class="govuk-pagination__item"><a class="govuk-link govuk-pagination__link" href="${e(link(page, { page: n }))}" aria-label="${e(t('pages.pagination.page', { page: n }))}">${n}</a></li>`).join('');
  const prev = page.page > 1 ? `<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${e(link(page, { page: page.page - 1 }))}" rel="prev"><span class="govuk-pagination__link-title">${messageHtml(t, 'pages.pagination.previous', { hidden: `<span class="govuk-visually-hidden">${e(t('pages.pagination.pageWord'))}</span>` })}</span></a></div>` : '';
  const next = page.page < pages ? `<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${e(link(page, { page: page.page + 1 }))}" rel="next"><span class="govuk-pagination__link-title">${messageHtml(t, 'pages.pagination.next', { hidden: `<span class="govuk-visually-hidden">${e(t('pages.pagination.pageWord'))}</span>` })}</span></a></div>` : '';
  return `<nav class="govuk-pagination" aria-label="${e(t('pages.moves.pages'))}">${prev}<ul class="govuk-pagination__list">${items}</ul>${next}</nav>`;
}
