/**
 * Bearer tokens from the configured OIDC issuer, verified against its published keys. Roles and
 * locations come from configurable claims (a dotted path such as "realm_access.roles" is allowed).
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config.ts';
import { ROLES, type Role } from '../../engine/vocabulary/roles.ts';
import { HttpError, words } from '../http/errors.ts';
import type { Principal } from './principal.ts';

export type TokenVerifier = (token: string) => Promise<Principal>;

async function discoverJwksUrl(issuer: string): Promise<URL> {
  const response = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!response.ok) throw new Error(`OIDC discovery at ${issuer} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error(`OIDC discovery at ${issuer} names no jwks_uri`);
  return new URL(jwksUri);
}

function claim(payload: JWTPayload, path: string): string[] {
  let value: unknown = payload;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const unauthenticated = (message: string) => new HttpError(401, 'invalidToken', message);

export function createTokenVerifier(oidc: OidcConfig): TokenVerifier {
  // Keys are fetched lazily and cached by jose (immutable until the issuer rotates them).
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const getKeys = () => (keys ??= (oidc.jwksUrl ? Promise.resolve(new URL(oidc.jwksUrl)) : discoverJwksUrl(oidc.issuer))
    .then((url) => createRemoteJWKSet(url))
    .catch((error: unknown) => { keys = undefined; throw error; }));

  return async (token) => {
    const jwks = await getKeys().catch(() => {
      throw new HttpError(503, 'issuerUnavailable', words('api.signIn.issuerDown'));
    });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: oidc.issuer, audience: oidc.audience }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') throw unauthenticated('The token has expired');
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') throw unauthenticated(`The token's ${(error as { claim?: string }).claim ?? 'claims'} is not accepted here`);
      throw unauthenticated('The token could not be verified');
    }
    if (!payload.sub) throw unauthenticated('The token names no subject');
    const roles = claim(payload, oidc.rolesClaim).filter((role): role is Role => (ROLES as readonly string[]).includes(role));
    const name = typeof payload.name === 'string' && payload.name.trim() ? { name: payload.name.trim().slice(0, 200) } : {};
    return { username: payload.sub, ...name, roles, locations: claim(payload, oidc.locationsClaim), regions: claim(payload, oidc.regionsClaim ?? 'regions') };
  };
}
