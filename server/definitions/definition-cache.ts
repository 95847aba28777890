/**
 * The definition check's "passed" and each definition's compiled validators, kept on disk by content
 * hash so that a restarted server neither checks nor compiles a definition it has seen before (they
 * are most of start-up's work). The engine gives and takes the validators as ajv standalone code; this
 * file does the file work. Each entry's name is the sha256 of its kind, the engine's code version
 * (engine-version.ts) and the definition's JSON text, so a changed definition, engine or ajv never
 * meets an old entry; each entry is verified as it is read (cache-entries.ts) and a damaged, unreadable
 * or unusable one is rebuilt. Only passes are kept: a definition with problems is checked every time.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { checkDefinition } from '../../engine/check/index.ts';
import { compileDefinition, compileForm, DefinitionError, formFromValidatorSource, type CompiledForm } from '../../engine/node.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import { readCacheEntry, writeCacheEntry } from './cache-entries.ts';
import { engineCodeVersion } from './engine-version.ts';

/** How the server checks and compiles definitions: directly (the default), or through a definition cache. */
export interface DefinitionCompiler {
  /** checkDefinition's problems. */
  check(definition: unknown): DefinitionProblem[];
  /** compileForm's form; `checked: true` when `check` has just passed this definition. Throws DefinitionError. */
  compile(definition: unknown, options?: { checked?: boolean }): CompiledForm;
}

export const DIRECT_COMPILER: DefinitionCompiler = { check: checkDefinition, compile: compileForm };

export interface DefinitionCacheStats {
  /** Checks answered from the cache, and made (a pass is then written). */
  checks: { cached: number; made: number };
  /** Validators loaded from the cache, and compiled (then written). */
  validators: { cached: number; compiled: number };
  /** Entries that failed verification or could not be used, each rebuilt. */
  rebuilt: number;
  /** Entries that could not be written (the server runs on, compiling again at its next start). */
  unwritten: number;
}

export interface DefinitionCache extends DefinitionCompiler {
  dir: string;
  stats(): DefinitionCacheStats;
}

type Kind = 'check' | 'validator';
interface Entry { kind: Kind; key: string; source?: string }

// ajv's standalone code requires its runtime helpers by package name, resolved from here.
const requireRuntime = createRequire(import.meta.url);

/** `onUnwritten` hears of the first entry that could not be written. */
export function definitionCache(dir: string, options: { codeVersion?: string; onUnwritten?: (error: Error) => void } = {}): DefinitionCache {
  const codeVersion = options.codeVersion ?? engineCodeVersion();
  const stats: DefinitionCacheStats = { checks: { cached: 0, made: 0 }, validators: { cached: 0, compiled: 0 }, rebuilt: 0, unwritten: 0 };
  const keyOf = (kind: Kind, definition: unknown) =>
    createHash('sha256').update(`${kind}\n${codeVersion}\n`).update(JSON.stringify(definition)).digest('hex');
  const fileOf = (kind: Kind, key: string) => `${kind}-${key}.json`;

  /** The verified entry, or undefined (counted as rebuilt when a file was there but did not verify). */
  function read(kind: Kind, key: string): Entry | undefined {
    const read = readCacheEntry(dir, fileOf(kind, key));
    if (read === 'absent') return undefined;
    if (read !== 'damaged') {
      try {
        const entry = JSON.parse(read.found) as Entry;
        if (entry.kind === kind && entry.key === key) return entry;
      } catch { /* counted below */ }
    }
    stats.rebuilt++;
    return undefined;
  }

  function write(entry: Entry): void {
    try {
      writeCacheEntry(dir, fileOf(entry.kind, entry.key), JSON.stringify(entry));
    } catch (error) {
      // Once: a read-only or full disk fails every write alike.
      if (++stats.unwritten === 1) options.onUnwritten?.(error as Error);
    }
  }

  function check(definition: unknown): DefinitionProblem[] {
    const key = keyOf('check', definition);
    if (read('check', key)) {
      stats.checks.cached++;
      return [];
    }
    const problems = checkDefinition(definition);
    stats.checks.made++;
    if (problems.length === 0) write({ kind: 'check', key });
    return problems;
  }

  function compile(definition: unknown, compileOptions: { checked?: boolean } = {}): CompiledForm {
    if (!compileOptions.checked) {
      const problems = check(definition);
      if (problems.length > 0) throw new DefinitionError(problems);
    }
    const key = keyOf('validator', definition);
    const entry = read('validator', key);
    if (entry) {
      try {
        const form = formFromValidatorSource(definition, String(entry.source), requireRuntime);
        stats.validators.cached++;
        return form;
      } catch {
        stats.rebuilt++;
      }
    }
    const { form, source } = compileDefinition(definition, { checked: true, source: true });
    stats.validators.compiled++;
    write({ kind: 'validator', key, source: source! });
    return form;
  }

  return { dir, check, compile, stats: () => structuredClone(stats) };
}

/** One line for the log at start: what the cache saved. */
export function describeCacheStats(stats: DefinitionCacheStats): string {
  const { checks, validators } = stats;
  return `definition cache: ${validators.cached} of ${validators.cached + validators.compiled} validators and ${checks.cached} of ${checks.cached + checks.made} checks read from the cache` +
    (stats.rebuilt ? `, ${stats.rebuilt} damaged or unusable entries rebuilt` : '') + (stats.unwritten ? `, ${stats.unwritten} could not be written` : '');
}
