/**
 * A translation as a policy user saves it: each string by its pointer, with its text (empty: not
 * translated yet) and, for a string left as it was while its English changed, the English it was
 * translated from (so it stays marked stale until someone translates the new English). A pointer that is
 * not a string staff read in this definition, or given twice, is refused naming the field; so is a
 * translation under which the definition would break (a flag label over its limit in Welsh only).
 */
import { checkDefinition } from '../../engine/check/index.ts';
import { localiseDefinition, translatableStrings, type Translation, type TranslationLanguage } from '../../engine/i18n/index.ts';
import { fieldProblem, HttpError, words, type FieldProblem } from '../http/errors.ts';
import type { TranslationChange } from '../store/translations.ts';

export interface SaveTranslationBody {
  revision: number;
  review?: string;
  strings: { pointer: string; text: string; en?: string }[];
}

export const DRAFT_REVIEW = 'draft: written in the editor, awaits review by a Welsh speaker';

export function translationToSave(definition: unknown, language: TranslationLanguage, body: SaveTranslationBody, before: Translation | undefined): { translation: Translation; changes: TranslationChange[] } {
  const english = new Map(translatableStrings(definition).map((s) => [s.pointer, s.en]));
  const fields: FieldProblem[] = [];
  const seen = new Set<string>();
  const strings: Translation['strings'] = {};
  body.strings.forEach(({ pointer, text, en }, index) => {
    if (!english.has(pointer)) fields.push(fieldProblem(`/strings/${index}/pointer`, words('api.translation.notAString', { field: `/strings/${index}/pointer`, pointer })));
    else if (seen.has(pointer)) fields.push(fieldProblem(`/strings/${index}/pointer`, words('api.translation.twice', { field: `/strings/${index}/pointer`, pointer })));
    seen.add(pointer);
    if (text.trim() !== '' && english.has(pointer)) strings[pointer] = { en: en ?? english.get(pointer)!, [language]: text.trim() };
  });
  if (fields.length > 0) throw new HttpError(400, 'invalidBody', words('api.body.invalid', undefined, undefined, { problems: fields.map((f) => f.words!) }), { fields });
  const translation: Translation = { language, review: body.review ?? before?.review ?? DRAFT_REVIEW, strings };
  refuseBreakingWords(definition, translation, body);
  return { translation, changes: changesBetween(language, before, translation) };
}

/** 422 for each problem the checker finds in the translated definition that the English one does not have. */
function refuseBreakingWords(definition: unknown, translation: Translation, body: SaveTranslationBody): void {
  const key = (p: { pointer: string; message: string }) => `${p.pointer}\n${p.message}`;
  const inEnglish = new Set(checkDefinition(definition).map(key));
  const problems = checkDefinition(localiseDefinition(definition, translation)).filter((p) => !inEnglish.has(key(p)));
  if (problems.length === 0) return;
  const indexOf = new Map(body.strings.map((s, index) => [s.pointer, index]));
  const fields = problems.map((p) => {
    // The checker points at the node; the string saved is that node's own text, or the node itself.
    const index = indexOf.get(p.pointer) ?? [...indexOf.entries()].find(([pointer]) => pointer.startsWith(`${p.pointer}/`))?.[1];
    const field = index === undefined ? p.pointer : `/strings/${index}/text`;
    return fieldProblem(field, words('api.translation.breaks', { field }, undefined, undefined, { problem: p }));
  });
  // `problems` are the checker's own, said in the caller's language by the error handler; each field names the string to change.
  throw new HttpError(422, 'translationProblems', words('api.translation.problems', { count: fields.length }), { fields, problems });
}

function changesBetween(language: TranslationLanguage, before: Translation | undefined, after: Translation): TranslationChange[] {
  const changes: TranslationChange[] = [];
  const pointers = new Set([...Object.keys(before?.strings ?? {}), ...Object.keys(after.strings)]);
  for (const pointer of pointers) {
    const old = before?.strings[pointer]?.[language];
    const next = after.strings[pointer]?.[language];
    if (old !== next) changes.push({ pointer, ...(old !== undefined ? { old } : {}), ...(next !== undefined ? { new: next } : {}) });
  }
  return changes;
}
