import type { Express } from 'express';

/** Mounts the web pages and the component bundle. Owned by the web components work; the API calls it once. */
export function mountPages(_app: Express): void {}
