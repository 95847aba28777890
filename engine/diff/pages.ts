/** Follow-ups moved onto their own page (x-page) or back under their answer: the same questions, asked differently. */
import type { RuleModel, SectionModel } from '../model.ts';
import { childPointer } from '../pointer.ts';
import type { Change } from './types.ts';
import { andList, quote, ruleWords } from './words.ts';
import type { Translate } from './text.ts';
import { source } from './wording.ts';

type PageEmit = (fields: Omit<Change, 'kind' | 'section' | 'sectionTitle'>) => void;

/** A section's own follow-up rules by their first question's key (keys are unique in a form), with their place. */
function rulesByKey(section: SectionModel): Map<string, { rule: RuleModel; pointer: string }> {
  const rules = new Map<string, { rule: RuleModel; pointer: string }>();
  section.rules.forEach((rule, index) => {
    const key = rule.then.questions[0]?.key;
    if (key) rules.set(key, { rule, pointer: `${childPointer('/properties', section.key)}/allOf/${index}/then/x-page` });
  });
  return rules;
}

/** One change per follow-up rule whose page was added, removed or retitled between `a` and `b`. */
export function comparePages(a: SectionModel, b: SectionModel, emit: PageEmit, t: Translate): void {
  const before = rulesByKey(a);
  for (const [key, now] of rulesByKey(b)) {
    const was = before.get(key);
    const [old, page] = [was?.rule.page, now.rule.page];
    if ((old && source(old).title) === (page && source(page).title) || (!old && !page)) continue;
    const when = ruleWords([[now.rule.condition]], b.byKey, t) ?? t('diff.always');
    const followUps = t('diff.page.followUps', { when, questions: andList(now.rule.then.questions.map((q) => quote(q.title, t)), t) });
    const sentence = !old ? t('diff.page.added', { followUps, page: quote(page!.title, t) })
      : !page ? t('diff.page.removed', { followUps, page: quote(old.title, t) })
        : t('diff.page.retitled', { when, now: quote(page.title, t), was: quote(old.title, t) });
    emit({ pointers: { ...(was && old ? { from: was.pointer } : {}), ...(page ? { to: now.pointer } : {}) }, before: old?.title, after: page?.title, sentence });
  }
}
