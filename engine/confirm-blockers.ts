/**
 * What stops a record being confirmed, grouped by section and by who can fix it, each blocker pointing
 * at the answer to change: the confirm page links to each, and says which only other staff can fix.
 * confirmationBlockers (the lifecycle's refusal reasons) is these, in words.
 */
import { checkAnswers } from './answers.ts';
import { groupBy, unreviewedBySection } from './group-by.ts';
import { canConfirm, canEditSection } from './access.ts';
import type { CompiledForm } from './form.ts';
import type { SectionModel } from './model.ts';
import type { AnswerCheck, AnswerError, ConfirmBlockerGroup, FormRecord, Role } from './types.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import { rolesIn } from './i18n/role-titles.ts';
import type { Translate } from './i18n/translator.ts';

export function confirmBlockerGroups(
  form: CompiledForm, record: FormRecord, roles?: readonly Role[], check: AnswerCheck = checkAnswers(form, record.answers), t: Translate = ENGLISH,
): ConfirmBlockerGroup[] {
  const groups: ConfirmBlockerGroup[] = [];
  if (roles && !canConfirm(form, roles)) {
    const message = t('engine.confirm.onlyRoles', { roles: rolesIn(form.model.settings.confirmRoles, t) });
    groups.push({ fixRoles: form.model.settings.confirmRoles, viewerCanFix: false, summary: message, blockers: [{ kind: 'role', message }] });
  }
  const problemsBySection = groupBy([...check.incomplete, ...check.invalid], (e) => e.section);
  const unreviewedIn = unreviewedBySection(record.prefill);
  for (const section of form.model.sections) {
    const problems = section.requiredForConfirmation ? uniqueByQuestion(problemsBySection.get(section.key) ?? []) : [];
    const unreviewed = unreviewedIn.get(section.key) ?? [];
    if (problems.length === 0 && unreviewed.length === 0) continue;
    const problemTitles = problems.map((e) => questionTitle(section, e.pointer));
    const titles = [...new Set(problemTitles)];
    groups.push({
      section: { key: section.key, title: section.title },
      fixRoles: section.editRoles,
      ...(roles ? { viewerCanFix: canEditSection(form, roles, section.key) } : {}),
      summary: titles.length
        ? t('engine.confirm.complete', { count: titles.length, section: section.title, titles: titles.map((title) => `“${title}”`).join(', ') })
        : undefined,
      blockers: [
        ...problems.map((e, i) => ({ kind: 'answer' as const, pointer: e.pointer, message: t('engine.confirm.answer', { title: problemTitles[i]!, message: e.message }) })),
        ...unreviewed.map((pointer) => ({ kind: 'review' as const, pointer, message: t('engine.confirm.review', { title: questionTitle(section, pointer) }) })),
      ],
    });
  }
  return groups;
}

/** One blocker per answer: a missing answer and its format problem read as one thing to fix. */
function questionTitle(section: SectionModel, pointer: string): string {
  const key = pointer.split('/')[2] ?? '';
  return section.byKey.get(key)?.title ?? key;
}

function uniqueByQuestion(errors: AnswerError[]): AnswerError[] {
  return [...new Map(errors.map((e) => [e.pointer, e])).values()];
}

/** The groups as sentences, for a refusal: one per section's missing answers, one per unreviewed answer. */
export function blockerSentences(groups: ConfirmBlockerGroup[], t: Translate = ENGLISH): string[] {
  return groups.flatMap((g) => [
    ...(g.summary ? [g.summary] : []),
    ...g.blockers.filter((b) => b.kind === 'review').map((b) => t('engine.confirm.reviewIn', { message: b.message, section: g.section?.title ?? '' })),
  ]);
}
