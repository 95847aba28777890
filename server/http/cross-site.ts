/**
 * Refuses state-changing requests a browser sends on behalf of another site (403). The session cookie
 * is SameSite=Strict, which already keeps it off most cross-site requests; this is the second lock, for
 * browsers or cookies that do not honour it. A browser says where a request comes from in
 * Sec-Fetch-Site (every current browser) and Origin; a client that sends neither (curl, another
 * server) is not a browser acting for someone else, and is let through.
 */
import type { Request, RequestHandler } from 'express';
import { HttpError, words } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** "same-site" is still another origin (a sibling subdomain); only this origin, or the user typing, may change things. */
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined; // "null" (a sandboxed frame, a file) or garbage: not this origin
  }
}

export function crossSiteProblem(req: Request): string | undefined {
  if (SAFE_METHODS.has(req.method)) return undefined;
  const site = req.get('sec-fetch-site')?.toLowerCase();
  if (site !== undefined) return ALLOWED_FETCH_SITES.has(site) ? undefined : `Sec-Fetch-Site is ${site}`;
  const origin = req.get('origin');
  if (origin === undefined) return undefined;
  // req.host: the Host header, or X-Forwarded-Host from a trusted proxy (TRUST_PROXY), with its port.
  return originHost(origin) === req.host?.toLowerCase() ? undefined : `Origin ${origin} is not this server`;
}

export const refuseCrossSite: RequestHandler = (req, _res, next) => {
  const problem = crossSiteProblem(req);
  if (problem) throw new HttpError(403, 'crossSite', words('api.crossSite', { problem }));
  next();
};
