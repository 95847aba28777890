import { ApiError } from './api-client.ts';

/** A failed request in words for the error summary; a 401 on a page already open means the session ended. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return 'You are signed out. Sign in again in a new tab, then save again: your answers stay on this page.';
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong';
}
