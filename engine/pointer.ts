/**
 * JSON pointers (RFC 6901), the one implementation engine, server and components share: answers,
 * errors, prefill marks, audit changes and definition problems are all addressed by them.
 */

/** "~" and "/" inside a key become "~0" and "~1", so a key never splits a pointer. */
export function escapeToken(token: string | number): string {
  const text = String(token);
  // Keys almost never hold either character, and a view model escapes every key of a record.
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The inverse of escapeToken: "~1" is read before "~0", so "~01" stays "~1". */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The reference tokens of a pointer, unescaped: "/a~1b/0" -> ["a/b", "0"]; "" -> []. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** A pointer from its tokens, escaped: ["a/b", 0] -> "/a~1b/0". */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${escapeToken(token)}`).join('');
}

/** Appends one token to a pointer: childPointer("/a", "b/c") -> "/a/b~1c". */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

/** Turns an ajv schema path ("#/properties/<section>") into a JSON pointer ("/properties/<section>"). */
export function pointerFromSchemaPath(schemaPath: string): string {
  const hash = schemaPath.indexOf('#');
  const fragment = hash >= 0 ? schemaPath.slice(hash + 1) : schemaPath;
  return fragment === '/' ? '' : fragment;
}
