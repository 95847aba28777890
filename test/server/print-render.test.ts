/** The print page's templates: precompiled at start, and strict, so a field they name but lack fails loudly. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel } from '../../engine/index.ts';
import { precompileTemplates } from '../../server/print/precompile.ts';
import { renderPrint } from '../../server/print/render.ts';
import { completeRecord, fixtureForm } from '../engine/helpers.ts';

const form = fixtureForm();
const record = completeRecord(form);
const names = { location: () => undefined, moveType: () => undefined };

test('every template in server/print/templates is precompiled to a spec, not kept as source', () => {
  const specs = precompileTemplates();
  assert.equal([...specs.keys()], ['question', 'record']);
  for (const [name, spec] of specs) assert.type((spec as { main?: unknown }).main, 'function', name);
});

test('a complete record prints its person, form and every section', () => {
  const view = buildViewModel(form, record, { omitUnanswered: true });
  const html = renderPrint(record, view, names);
  assert.match(html, `<h1>${record.person.name}</h1>`);
  assert.match(html, `${view.form.title} · version ${view.form.version}`);
  for (const section of view.sections) assert.match(html, `id="section-${section.key}"`);
});

test('a field the template names but the data lacks throws, naming it, instead of printing blank', () => {
  const view = buildViewModel(form, record, { omitUnanswered: true });
  const { title: _title, ...untitled } = view.form;
  assert.throws(() => renderPrint(record, { ...view, form: untitled as typeof view.form }, names), /"title" not defined/);
  // A plain "no" folds into the section's "No to:" line, so its displayValue is never printed: take another.
  const printed = (q: (typeof view.sections)[number]['questions'][number]) => !(q.kind === 'yesNo' && q.value === 'no');
  const first = view.sections.find((s) => s.questions.some(printed))!;
  const at = first.questions.findIndex(printed);
  const { displayValue: _value, ...blank } = first.questions[at]!;
  const questions = first.questions.map((q, i) => (i === at ? blank as typeof q : q));
  const sections = view.sections.map((s) => (s === first ? { ...s, questions } : s));
  assert.throws(() => renderPrint(record, { ...view, sections }, names), /"displayValue" not defined|a value the print writes is not defined/);
});

test.run();
