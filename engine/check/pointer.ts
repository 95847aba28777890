/** Appends one reference token to a JSON pointer (RFC 6901: "~" and "/" are escaped). */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Turns an ajv schema path ("#/properties/risk") into a JSON pointer ("/properties/risk"). */
export function pointerFromSchemaPath(schemaPath: string): string {
  const hash = schemaPath.indexOf('#');
  const fragment = hash >= 0 ? schemaPath.slice(hash + 1) : schemaPath;
  return fragment === '/' ? '' : fragment;
}
