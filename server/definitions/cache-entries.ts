/**
 * Files of a cache that may be read by several processes at once and may be cut short by a crash or
 * damaged on disk: an entry's first line is the hex sha256 of the rest, and it is written to a file of
 * its own and renamed into place, so a reader sees a whole entry or none. Whatever does not verify
 * reads as 'damaged', for the caller to rebuild and write again; nothing here is ever trusted unchecked.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type CacheRead = { found: string } | 'absent' | 'damaged';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function readCacheEntry(dir: string, name: string): CacheRead {
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'damaged';
  }
  const newline = text.indexOf('\n');
  if (newline < 0) return 'damaged';
  const body = text.slice(newline + 1);
  return text.slice(0, newline) === sha256(body) ? { found: body } : 'damaged';
}

/** Throws when the entry cannot be written (a read-only directory, a full disk): the caller decides whether that matters. */
export function writeCacheEntry(dir: string, name: string, body: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${name}.${process.pid}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temporary, `${sha256(body)}\n${body}`, { mode: 0o600 });
    renameSync(temporary, join(dir, name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
