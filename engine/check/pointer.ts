/** Appends one reference token to a JSON pointer (RFC 6901: "~" and "/" are escaped). */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The reference tokens of a JSON pointer, unescaped: "/a~1b/0" -> ["a/b", "0"]. */
export function pointerTokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Turns an ajv schema path ("#/properties/<section>") into a JSON pointer ("/properties/<section>"). */
export function pointerFromSchemaPath(schemaPath: string): string {
  const hash = schemaPath.indexOf('#');
  const fragment = hash >= 0 ? schemaPath.slice(hash + 1) : schemaPath;
  return fragment === '/' ? '' : fragment;
}
