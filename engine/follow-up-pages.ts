/**
 * Follow-ups asked on their own page (x-page, vocabulary/x-page.ts) in the view model: each such
 * follow-up is marked with its page's key where it sits under the answer that opens it (so summaries and
 * print still show it there), and the section lists its pages in order for the journey to step through.
 */
import type { GroupModel } from './model.ts';
import type { FollowUpPageView, QuestionView } from './types.ts';

/** The page key of each follow-up of a section's own rules that asks for a page. */
function pageKeys(section: GroupModel): Map<string, string> {
  const keys = new Map<string, string>();
  for (const rule of section.rules) {
    const key = rule.then.questions[0]?.key;
    if (rule.page && key) for (const q of rule.then.questions) keys.set(q.key, key);
  }
  return keys;
}

/** Marks the follow-ups in `views` (by key) that are asked on a page; returns the section's pages. */
export function followUpPages(section: GroupModel, views: Map<string, QuestionView>): FollowUpPageView[] {
  const keys = pageKeys(section);
  for (const [question, page] of keys) {
    const view = views.get(question);
    if (view) view.page = page;
  }
  return section.rules.flatMap((rule) => {
    const first = rule.then.questions[0];
    if (!rule.page || !first) return [];
    const questions = rule.then.questions.map((q) => views.get(q.key)!).filter(Boolean);
    const opener = views.get(rule.condition.tests[0]?.key ?? '');
    return [{
      key: first.key,
      title: rule.page.title,
      ...(rule.page.description ? { description: rule.page.description } : {}),
      opener: opener?.pointer ?? '',
      open: questions.some((q) => q.visible),
      questions,
    }];
  });
}
