/**
 * The request body of saving a translation (routes/translations.ts), validated by schemas/validate.ts
 * and shown in the OpenAPI document. schemas/bodies.ts gives its free-text pattern (no import back: the
 * two modules would load each other).
 */
export const translationBodySchemas = (textPattern: string) => {
  const text = (maxLength: number) => ({ type: 'string', maxLength, pattern: textPattern }) as const;
  return {
    SaveTranslation: {
      type: 'object',
      required: ['revision', 'strings'],
      additionalProperties: false,
      description: 'The whole translation: every string given replaces what was saved; a string left out (or empty) is not translated',
      properties: {
        revision: { type: 'integer', minimum: 0, description: 'The translation revision the caller last read (0 when it had none of its own)' },
        review: { ...text(500), minLength: 1, description: 'Who has checked the translation, honestly: "draft, awaits review by a Welsh speaker" until one has' },
        strings: {
          type: 'array', maxItems: 5000,
          items: {
            type: 'object',
            required: ['pointer', 'text'],
            additionalProperties: false,
            properties: {
              pointer: { type: 'string', minLength: 2, maxLength: 1000, pattern: '^(/([^~/]|~[01])*)+$', description: 'JSON pointer of a string staff read in the English definition' },
              text: { ...text(5000), description: 'The translation; empty when not translated yet' },
              en: { type: 'string', minLength: 1, maxLength: 5000, description: 'The English the text was translated from, when it is not the English now (the string stays marked stale)' },
            },
          },
        },
      },
    },
  } as const;
};
