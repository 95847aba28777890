/**
 * Answer sets that exercise a form's validators from every side (complete, empty, incomplete, wrong,
 * blank, unknown and misplaced answers), made from the form's own example answers: for tests that
 * compare two ways of validating on every form in forms/.
 */
import { exampleAnswers, type Answers, type CompiledForm } from '../../engine/node.ts';

type Edit = (values: Record<string, unknown>) => Record<string, unknown>;
const eachSection = (answers: Answers, edit: Edit): Answers =>
  Object.fromEntries(Object.entries(answers).map(([key, values]) => [key, edit({ ...(values as Record<string, unknown>) })])) as Answers;

/** A wrong value for any answer: text where a number is wanted, a number where text or a choice is. */
const wrong = (value: unknown): unknown => (typeof value === 'number' ? 'not a number' : Array.isArray(value) ? [12345] : typeof value === 'object' ? 'not an object' : 12345);

export function answerSets(form: CompiledForm): [string, unknown][] {
  const complete = exampleAnswers(form.definition);
  return [
    ['complete', complete],
    ['empty', {}],
    ['first answer of each section missing', eachSection(complete, (v) => { delete v[Object.keys(v)[0] ?? '']; return v; })],
    ['every answer wrong', eachSection(complete, (v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wrong(x)])))],
    ['every other answer blank', eachSection(complete, (v) => Object.fromEntries(Object.entries(v).map(([k, x], i) => [k, i % 2 ? '' : x])))],
    ['an unknown question in each section', eachSection(complete, (v) => ({ ...v, notAQuestion: 'yes' }))],
    ['a section that is not an object', { ...complete, [form.model.sections[0]!.key]: 'text' }],
    ['a section that is not in the form', { ...complete, notASection: { a: 1 } }],
  ];
}
