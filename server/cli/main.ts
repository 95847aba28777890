import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { displayPath } from './definition-files.ts';
import { exampleOf } from './example.ts';
import { generateTypes } from './generate-types.ts';
import { nameConfiguredAccount, unlockConfiguredAccount } from './accounts.ts';
import { exportConfiguredStore } from '../definitions/export.ts';
import { plural, report, validate } from './validate.ts';
import { DIFF_FORMATS, diffFiles, type DiffFormat } from './diff.ts';
import { impactCommand, ImpactInputError } from './impact.ts';

const USAGE = `Usage:
  form-engine validate <file-or-folder>
      Check form definitions against docs/definitions.md. A folder is searched recursively; in it, a
      file is a definition when it has "x-form" or is named like a version (2.0.0.json). Prints each
      problem as <file>#<pointer>: <message> and a summary; exits 1 when anything is wrong.
  form-engine types <file-or-folder> --out <dir>
      Write a TypeScript type of each definition's answers to <dir>/<name>-<version>.ts
      (type <Name><Version>Answers: my-form 1.2.0 gives MyForm120Answers). Definitions with any problem
      validate reports (including two files of one name and version) are not written; exits 1 then.
  form-engine example <definition.json> [--today 2026-12-01]
      Print a complete, valid set of answers for the definition (every mandatory question, the
      follow-ups a record can open, a list item where there are lists), as JSON. --today sets the day
      that "not after today" dates are met for (the current day in UK time otherwise).
  form-engine accounts unlock <username>
      Unlock a local account locked after too many failed sign-ins, and clear its failed-attempt
      count. Uses the store the server is configured with: MONGODB_URL, else the SQLite store under
      DATA_DIR (default ./data).
  form-engine accounts name <username> <display name>
      Set the name staff see for a local account ("Priya Patel"): in the header, and as the
      confirmer of records confirmed from its next sign-in (confirmed records keep their name).
  form-engine export --out <dir>
      Write every published form version to <dir>/<name>/<version>.json and the current rollout to
      <dir>/rollout.json, from the configured store (MONGODB_URL, else DATA_DIR), so definitions
      approved in the browser can be kept in git. Locations and types of move are not written.
  form-engine diff <from.json> <to.json> [--format text|json|markdown]
      What changed between two versions of a form, grouped by section, in policy language: questions
      added, removed or moved, wording, when questions are asked and mandatory, flags, prefill,
      sections and settings. json: the list of changes with JSON pointers; markdown: for papers.
      Exits 1 when a file cannot be read or is not a sound definition.
  form-engine impact <form> <version> --since <YYYY-MM-DD> [--format text|json]
      Re-check the confirmed records of the form's other versions, confirmed since that day (UK time),
      against <version>: how many would have been incomplete and for which questions, how many
      answers would be dropped or carried by prefill. Uses FORMS_DIR and the configured store
      (MONGODB_URL, else DATA_DIR), reading records in batches.
  form-engine --help
      Show this help.

Exit status: 0 all good, 1 problems found, 2 wrong usage.`;

class UsageError extends Error {}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' }, format: { type: 'string', short: 'f' }, since: { type: 'string' }, today: { type: 'string' } },
  });
  const [command, target, ...extra] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (!command) throw new UsageError('say what to do: validate, types, example, diff, impact or export (or accounts unlock <username>)');
  if (values.format !== undefined && command !== 'diff' && command !== 'impact') throw new UsageError('--format is only for the diff and impact commands');
  if (values.since !== undefined && command !== 'impact') throw new UsageError('--since is only for the impact command');
  if (values.today !== undefined && (command !== 'example' || !/^\d{4}-\d{2}-\d{2}$/.test(values.today))) {
    throw new UsageError(command === 'example' ? `--today must be a date like 2026-12-01, not "${values.today}"` : '--today is only for the example command');
  }
  if (command === 'diff') return diff(positionals.slice(1), values.format);
  if (command === 'impact') return impact(positionals.slice(1), values.format, values.since);
  if (command === 'accounts') {
    if (values.out !== undefined) throw new UsageError('--out is only for the types and export commands');
    return accounts(positionals.slice(1));
  }
  if (command === 'export') {
    if (!values.out) throw new UsageError('export needs --out <dir>: the folder to write the published versions to');
    if (target) throw new UsageError(`export takes no file or folder; did not expect "${target}"`);
    const written = await exportConfiguredStore(values.out);
    for (const path of written) console.log(`wrote ${path}`);
    console.log(`${plural(written.length, 'file')} written to ${values.out}`);
    return 0;
  }
  if (command !== 'validate' && command !== 'types' && command !== 'example') throw new UsageError(`unknown command "${command}": use validate, types, example, diff, impact or export (or accounts unlock <username>)`);
  if (!target) throw new UsageError(`${command} needs a file or folder, for example: form-engine ${command} forms${command === 'types' ? ' --out types' : ''}`);
  if (extra.length) throw new UsageError(`give one file or folder; did not expect ${extra.map((e) => `"${e}"`).join(' ')}`);
  if (!existsSync(target)) throw new UsageError(`no such file or folder: ${target}`);

  if (command === 'example') {
    if (values.out !== undefined) throw new UsageError('--out is only for the types command');
    if (statSync(target).isDirectory()) throw new UsageError('example needs one definition file, for example: form-engine example forms/per/2.0.0.json');
    const run = exampleOf(target, values.today);
    for (const line of run.problems) console.log(line);
    if (run.json) console.log(run.json);
    return run.problems.length ? 1 : 0;
  }
  if (command === 'validate') {
    if (values.out !== undefined) throw new UsageError('--out is only for the types and export commands');
    const result = validate(target);
    for (const line of report(result)) console.log(line);
    return result.problems.length ? 1 : 0;
  }
  if (!values.out) throw new UsageError('types needs --out <dir>: the folder to write the types to');
  const generated = await generateTypes(target, values.out);
  for (const line of generated.problems) console.log(line);
  for (const w of generated.written) console.log(`wrote ${displayPath(w.path)} (${w.typeName})`);
  const others = generated.skipped ? ` (${plural(generated.skipped, 'other JSON file')} skipped)` : '';
  const notWritten = generated.notWritten ? `: ${plural(generated.notWritten, 'definition')} with problems not written` : '';
  console.log(`${plural(generated.written.length, 'type file')} written${others}${notWritten}`);
  return generated.problems.length ? 1 : 0;
}

async function accounts([action, username, ...extra]: string[]): Promise<number> {
  if (action === 'name') {
    if (!username || !extra.length) throw new UsageError('accounts name needs a username and a name, for example: form-engine accounts name prison "Priya Patel"');
    console.log(await nameConfiguredAccount(username, extra.join(' ')));
    return 0;
  }
  if (action !== 'unlock') throw new UsageError(action ? `unknown accounts action "${action}": use unlock or name` : 'accounts needs an action: form-engine accounts unlock <username>');
  if (!username) throw new UsageError('accounts unlock needs a username, for example: form-engine accounts unlock prison');
  if (extra.length) throw new UsageError(`give one username; did not expect ${extra.map((e) => `"${e}"`).join(' ')}`);
  console.log(await unlockConfiguredAccount(username));
  return 0;
}

function diff([fromPath, toPath, ...extra]: string[], format = 'text'): number {
  if (!fromPath || !toPath) throw new UsageError('diff needs two definition files, for example: form-engine diff forms/per/1.0.0.json forms/per/2.0.0.json');
  if (extra.length) throw new UsageError(`give two files; did not expect ${extra.map((e) => `"${e}"`).join(' ')}`);
  if (!DIFF_FORMATS.includes(format as DiffFormat)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, not "${format}"`);
  for (const path of [fromPath, toPath]) if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  const outcome = diffFiles(fromPath, toPath, format as DiffFormat);
  if (outcome.ok) process.stdout.write(outcome.output);
  else console.error(outcome.output);
  return outcome.ok ? 0 : 1;
}

async function impact([form, version, ...extra]: string[], format = 'text', since?: string): Promise<number> {
  if (!form || !version) throw new UsageError('impact needs a form and a version, for example: form-engine impact per 2.0.0 --since 2026-09-01');
  if (extra.length) throw new UsageError(`give a form and a version; did not expect ${extra.map((e) => `"${e}"`).join(' ')}`);
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  if (since === undefined) throw new UsageError('impact needs --since <YYYY-MM-DD>: the first day of confirmed records to re-check');
  try {
    process.stdout.write(await impactCommand(form, version, since, format));
  } catch (error) {
    if (error instanceof ImpactInputError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`form-engine: ${(error as Error).message}`);
  if (isUsage) console.error('Run "form-engine --help" for usage.');
  process.exitCode = isUsage ? 2 : 1;
}
