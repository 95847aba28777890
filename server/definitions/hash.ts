import { createHash } from 'node:crypto';

/** The content hash a published version is identified by: hex sha256 of its JSON text. */
export const definitionHash = (text: string): string => createHash('sha256').update(text).digest('hex');
