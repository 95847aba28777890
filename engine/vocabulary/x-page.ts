/**
 * x-page, on the `then` of a follow-up rule in a section: ask these follow-ups on their own page. A long
 * reveal (the suicide and self-harm concerns, a medical condition's details) would push "No" thousands of
 * pixels below "Yes"; with x-page the question page keeps its answers together, and "Continue" after the
 * answer that opens the follow-ups leads to a page headed `title` (GOV.UK one thing per page).
 */
import type { KeywordDefinition } from 'ajv';

export interface PageKeyword {
  /** The heading of the follow-ups' own page: what the questions on it are about. */
  title: string;
  /** Shown under the heading. */
  description?: string;
}

export const xPage: KeywordDefinition = {
  keyword: 'x-page',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    required: ['title'],
    additionalProperties: false,
    properties: { title: { type: 'string', minLength: 1 }, description: { type: 'string', minLength: 1 } },
  },
};

/** The page a `then` asks for, or undefined when its follow-ups show under the answer that opens them. */
export function pageOf(then: Record<string, unknown>): PageKeyword | undefined {
  const value = then['x-page'];
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as PageKeyword).title === 'string'
    ? (value as PageKeyword) : undefined;
}
