/**
 * The answers validator <form-preview> uses when no server is there to precompile one: it reports the
 * mandatory answers that are missing, from the same visibility rules the engine uses, and nothing else
 * (types, lengths and formats need the compiled schema, and the browser may not generate code).
 */
import type { AnswersValidator } from '../engine/index.ts';
import { readFormModel, type GroupModel } from '../engine/model.ts';
import { groupState } from '../engine/visibility.ts';
import { isEmptyAnswer } from '../engine/answers.ts';

interface MissingAnswer {
  keyword: 'required';
  instancePath: string;
  schemaPath: string;
  params: { missingProperty: string };
}

export function mandatoryOnlyValidator(definition: unknown): AnswersValidator {
  const model = readFormModel(definition);
  const validate: AnswersValidator = (data: unknown) => {
    const errors: MissingAnswer[] = [];
    const answers = (data ?? {}) as Record<string, Record<string, unknown> | undefined>;
    for (const section of model.sections) collect(section, answers[section.key] ?? {}, `/${section.key}`, errors);
    validate.errors = errors.length ? (errors as unknown as AnswersValidator['errors']) : null;
    return errors.length === 0;
  };
  return validate;
}

function collect(group: GroupModel, values: Record<string, unknown>, path: string, errors: MissingAnswer[]): void {
  const state = groupState(group, values);
  for (const key of state.mandatory) {
    if (isEmptyAnswer(values[key])) errors.push({ keyword: 'required', instancePath: path, schemaPath: '', params: { missingProperty: key } });
  }
  for (const question of group.byKey.values()) {
    const items = values[question.key];
    if (!question.list || !state.visible.has(question.key) || !Array.isArray(items)) continue;
    items.forEach((item, index) => collect(question.list!.item, (item ?? {}) as Record<string, unknown>, `${path}/${question.key}/${index}`, errors));
  }
}
