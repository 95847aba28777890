import type { KeywordDefinition } from 'ajv';
import { roleListSchema, type Role } from './roles.ts';

/** Marks a root property as a section of the form: an object whose properties are questions. */
export interface SectionKeyword {
  /** Roles that may save answers in this section. Everyone with access to the record may read it. */
  editRoles: Role[];
  /** Whether the section must be complete before the record can be confirmed. */
  requiredForConfirmation: boolean;
}

export const xSection: KeywordDefinition = {
  keyword: 'x-section',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    required: ['editRoles', 'requiredForConfirmation'],
    additionalProperties: false,
    properties: {
      editRoles: { ...roleListSchema, minItems: 1 },
      requiredForConfirmation: { type: 'boolean' },
    },
  },
};
