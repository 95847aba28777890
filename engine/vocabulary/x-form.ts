import type { KeywordDefinition } from 'ajv';
import { roleListSchema, type Role } from './roles.ts';

/** Root keyword: names and versions the form, says who confirms, adds entries to and cancels it, and what it carries after confirmation. */
export interface FormKeyword {
  /** Lower-case form name, for example "per". Stable across versions. */
  name: string;
  /** Semantic version of this definition, for example "2.0.0". */
  version: string;
  /** Roles that may start a record of this form for a move; when absent, the roles that may confirm it. */
  createRoles?: Role[];
  /** Roles that may confirm a record of this form. */
  confirmRoles: Role[];
  /** Roles that may add handovers, record-of-events entries and red flags once the record is confirmed. */
  entryRoles: Role[];
  /** Roles that may cancel a record (before the person is handed over). */
  cancelRoles: Role[];
  /** Other forms whose confirmed records may prefill this one (records of the same form always may). */
  prefillFrom?: string[];
  /** Whether the record has a red flag warning page: free entries added by staff, acknowledged at each handover. */
  redFlagPage?: boolean;
  /** The kinds of entry in the record of events, in display order. */
  eventTypes?: { const: string; title: string }[];
}

export const FORM_NAME_PATTERN = '^[a-z][a-z0-9-]{0,62}$';

export const xForm: KeywordDefinition = {
  keyword: 'x-form',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    required: ['name', 'version', 'confirmRoles', 'entryRoles', 'cancelRoles'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', pattern: FORM_NAME_PATTERN, maxLength: 63 },
      version: { type: 'string', maxLength: 64 },
      createRoles: { ...roleListSchema, minItems: 1 },
      confirmRoles: { ...roleListSchema, minItems: 1 },
      entryRoles: { ...roleListSchema, minItems: 1 },
      cancelRoles: { ...roleListSchema, minItems: 1 },
      prefillFrom: { type: 'array', items: { type: 'string', pattern: FORM_NAME_PATTERN, maxLength: 63 }, uniqueItems: true },
      redFlagPage: { type: 'boolean' },
      eventTypes: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['const', 'title'],
          additionalProperties: false,
          properties: { const: { type: 'string', minLength: 1, maxLength: 64 }, title: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
  },
};
