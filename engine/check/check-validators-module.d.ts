/** The module web-components/build.ts generates while bundling browser.ts (see standalone.ts). */
declare module 'form-engine:check-validators' {
  type Validator = ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };
  export const metaSchema: Validator;
  export const vocabulary: Record<string, Validator>;
  export const knownKeywords: string[];
}
