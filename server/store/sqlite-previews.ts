/** The SQLite side of the preview definitions and single-use print links of Store (types.ts). */
import type { Database } from 'better-sqlite3';
import { assertText } from './paths.ts';
import type { Store } from './types.ts';

const schema = `
CREATE TABLE IF NOT EXISTS previews (
  hash TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  definition TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS previews_at ON previews (at);
CREATE TABLE IF NOT EXISTS print_links (
  hash TEXT PRIMARY KEY,
  record_id TEXT NOT NULL,
  username TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX IF NOT EXISTS print_links_expires ON print_links (expires_at);
`;

interface PrintLinkRow { hash: string; record_id: string; username: string; expires_at: string; used_at: string }

type PreviewsAndPrintLinks = Pick<Store, 'putPreview' | 'getPreview' | 'deletePreviewsBefore' | 'createPrintLink' | 'usePrintLink' | 'deletePrintLinksBefore'>;

export function sqlitePreviewsAndPrintLinks(db: Database): PreviewsAndPrintLinks {
  db.exec(schema);
  const upsertPreview = db.prepare(`INSERT INTO previews (hash, at, definition) VALUES (?, ?, ?)
    ON CONFLICT (hash) DO UPDATE SET at = excluded.at`);
  const selectPreview = db.prepare<[string], { definition: string }>('SELECT definition FROM previews WHERE hash = ?');
  const removeOldPreviews = db.prepare('DELETE FROM previews WHERE at < ?');
  const insertPrintLink = db.prepare('INSERT INTO print_links (hash, record_id, username, expires_at) VALUES (?, ?, ?, ?)');
  const usePrintLink = db.prepare<[string, string, string], PrintLinkRow>(`UPDATE print_links SET used_at = ?
    WHERE hash = ? AND used_at IS NULL AND expires_at > ? RETURNING hash, record_id, username, expires_at, used_at`);
  const removeOldPrintLinks = db.prepare('DELETE FROM print_links WHERE expires_at < ?');
  return {
    async putPreview(hash, definition, at) {
      assertText(hash, 'preview hash');
      assertText(definition, 'preview definition');
      assertText(at, 'at');
      upsertPreview.run(hash, at, definition);
    },
    async getPreview(hash) {
      assertText(hash, 'preview hash');
      return selectPreview.get(hash)?.definition ?? null;
    },
    async deletePreviewsBefore(before) {
      assertText(before, 'before');
      return removeOldPreviews.run(before).changes;
    },

    async createPrintLink(link) {
      for (const [name, value] of Object.entries(link)) assertText(value, `print link ${name}`);
      insertPrintLink.run(link.hash, link.recordId, link.username, link.expiresAt);
    },
    async usePrintLink(hash, now) {
      assertText(hash, 'print link hash');
      assertText(now, 'now');
      const row = usePrintLink.get(now, hash, now);
      return row ? { hash: row.hash, recordId: row.record_id, username: row.username, expiresAt: row.expires_at, usedAt: row.used_at } : null;
    },
    async deletePrintLinksBefore(before) {
      assertText(before, 'before');
      return removeOldPrintLinks.run(before).changes;
    },
  };
}
