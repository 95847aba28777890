/** The roles a definition can grant. Access control in the server reads them from the definition. */
export const ROLES = ['policy', 'prison', 'police', 'healthcare', 'escort', 'auditor', 'forum'] as const;
export type Role = (typeof ROLES)[number];

export const roleListSchema = {
  type: 'array',
  items: { enum: [...ROLES] },
  uniqueItems: true,
} as const;
