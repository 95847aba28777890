import { ApiError } from './api-client.ts';
import type { Translate } from './i18n.ts';

/** A failed request in words for the error summary; a 401 on a page already open means the session ended. */
export function messageOf(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status === 401) return t('components.error.signedOut');
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return t('components.error.wentWrongWith', { message: error.message });
  return t('components.error.wentWrong');
}
