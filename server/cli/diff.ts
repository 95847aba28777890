/** `form-engine diff <from.json> <to.json> [--format text|json|markdown]`: what changed, in policy language. */
import { checkDefinition } from '../../engine/check/index.ts';
import { diffDefinitions, renderDiffMarkdown, renderDiffText } from '../../engine/diff/index.ts';
import { findDefinitions } from './definition-files.ts';
import { problemLine } from './validate.ts';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOutcome {
  /** What to print on stdout (the diff) or stderr (why there is none). */
  output: string;
  ok: boolean;
}

/** Reads and checks both files; a file that cannot be read or is not a sound definition is reported, not diffed. */
export function diffFiles(fromPath: string, toPath: string, format: DiffFormat): DiffOutcome {
  const problems: string[] = [];
  const definitions = [fromPath, toPath].map((path) => {
    const [file] = findDefinitions(path).definitions;
    if (!file || file.error !== undefined) {
      problems.push(`${path}: the file ${file?.error ?? 'cannot be read'}`);
      return undefined;
    }
    const found = checkDefinition(file.json).map((p) => problemLine({ path, ...p }));
    problems.push(...found);
    return found.length ? undefined : file.json;
  });
  if (problems.length > 0) {
    return { ok: false, output: [...problems, 'Nothing compared: fix the definitions first (form-engine validate lists the same problems).'].join('\n') };
  }
  const diff = diffDefinitions(definitions[0], definitions[1]);
  const output = format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffText(diff);
  return { ok: true, output };
}
