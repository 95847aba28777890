/** Request bodies of the qualitative-check API, validated by schemas/validate.ts and shown in the OpenAPI document. */
const day = { type: 'string', format: 'date', maxLength: 10 } as const;
const code = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' } as const;

export const qualityCheckBodies = {
  DrawSample: {
    type: 'object',
    required: ['form', 'location', 'from', 'to', 'size'],
    additionalProperties: false,
    properties: {
      form: { ...code, description: 'A form whose records are checked (forms/quality-check.json forms)' },
      location: { ...code, description: 'The sending location, in a region the caller reports on' },
      from: { ...day, description: 'First move date, inclusive' },
      to: { ...day, description: 'Last move date, inclusive' },
      size: { type: 'integer', minimum: 1, maximum: 500, description: 'How many records to draw (at most maxSampleSize)' },
      seed: { ...code, description: 'Repeat an earlier draw with its seed; a random one when left out' },
    },
  },
  ScoreRecord: {
    type: 'object',
    required: ['answers'],
    additionalProperties: false,
    properties: {
      answers: {
        type: 'object', maxProperties: 50, additionalProperties: { type: 'object', maxProperties: 200 },
        description: 'Answers to the quality-check form by section, then question key; checked against its definition',
      },
    },
  },
} as const;
