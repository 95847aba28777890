/**
 * Everything the server reads from the environment, in one place. createApp takes the result, so tests
 * build a Config directly instead of setting process variables.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from './auth/lockout.ts';

export interface OidcConfig {
  issuer: string;
  audience: string;
  /** JWKS address; when absent it is read from the issuer's discovery document. */
  jwksUrl?: string;
  /** Claim holding the user's roles (an array of role names, or a space-separated string). */
  rolesClaim: string;
  /** Claim holding the user's location codes (array or space-separated string). */
  locationsClaim: string;
  /** Claim holding the region codes a regional forum member reports on (array or space-separated string). */
  regionsClaim?: string;
}

export interface Config {
  port: number;
  /**
   * Address to listen on: HOST, else 127.0.0.1 outside production (where demo accounts with a known
   * password exist), else undefined: every interface.
   */
  host?: string;
  dataDir: string;
  mongodbUrl?: string;
  /**
   * Where checked definitions and their compiled validators are kept between starts (DEFINITION_CACHE_DIR):
   * by default under DATA_DIR, or in the system's temporary folder with MongoDB (docs/performance.md).
   */
  definitionCacheDir: string;
  formsDir: string;
  production: boolean;
  sessionIdleMinutes: number;
  /** Growing delays and temporary locks after failed sign-ins (server/auth/lockout.ts); LOGIN_LOCK_MINUTES. */
  lockout: LockoutPolicy;
  /** Failed sign-ins per IP and window, a flood guard kept in process memory; successful ones are not counted. */
  loginRateLimit: { windowMs: number; max: number };
  /** Largest accepted request body, as express.json understands it ("100kb"). */
  bodyLimit: string;
  /** Largest form definition a policy team may save as a draft, in bytes of compact JSON (DEFINITION_LIMIT_KB). */
  definitionLimitBytes: number;
  /** Deepest nesting of objects and arrays accepted in a body. */
  maxBodyDepth: number;
  /** How long a single-use print link (POST /api/records/{id}/print-links) stays valid. */
  printLinkSeconds: number;
  /** How far before and after today a new record's move may be dated (MOVE_DATE_PAST_DAYS, MOVE_DATE_FUTURE_DAYS). */
  moveDateWindow: { pastDays: number; futureDays: number };
  /** CUSTODY_CHECK_MODULE: a module whose default export is the deployment's custody check (records/custody-check.ts). */
  custodyCheckModule?: string;
  /** A custody check that has not answered after this long counts as a no (CUSTODY_CHECK_TIMEOUT_MS). */
  custodyCheckTimeoutMs: number;
  /** How often a save is re-decided when another writer got in first. */
  saveRetries: number;
  logLevel: string;
  oidc?: OidcConfig;
  /**
   * Express's "trust proxy": which proxies' X-Forwarded-For to believe, so the sign-in rate limit
   * counts clients rather than the proxy. false (none) unless TRUST_PROXY says ("1" hop, "loopback", ...).
   */
  trustProxy: boolean | number | string;
  /** Report groups of fewer records than this show no figures (REPORT_MIN_COUNT, default 5). */
  reportMinCount: number;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

function oidcFrom(env: Env): OidcConfig | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  if (!env.OIDC_AUDIENCE) throw new Error('OIDC_AUDIENCE must be set when OIDC_ISSUER is');
  return {
    issuer: env.OIDC_ISSUER,
    audience: env.OIDC_AUDIENCE,
    jwksUrl: env.OIDC_JWKS_URL || undefined,
    rolesClaim: env.ROLES_CLAIM || 'roles',
    locationsClaim: env.LOCATIONS_CLAIM || 'locations',
    regionsClaim: env.REGIONS_CLAIM || 'regions',
  };
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function configFromEnv(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const oidc = oidcFrom(env);
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST || (production ? undefined : '127.0.0.1'),
    dataDir: resolve(env.DATA_DIR || './data'),
    mongodbUrl: env.MONGODB_URL || undefined,
    definitionCacheDir: resolve(env.DEFINITION_CACHE_DIR || (env.MONGODB_URL ? join(tmpdir(), 'form-engine-definition-cache') : join(env.DATA_DIR || './data', 'definition-cache'))),
    formsDir: resolve(env.FORMS_DIR || './forms'),
    production,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30),
    lockout: { ...DEFAULT_LOCKOUT, lockMs: integer(env, 'LOGIN_LOCK_MINUTES', DEFAULT_LOCKOUT.lockMs / 60_000) * 60_000 },
    loginRateLimit: { windowMs: integer(env, 'LOGIN_RATE_WINDOW_SECONDS', 900) * 1000, max: integer(env, 'LOGIN_RATE_LIMIT', 100) },
    bodyLimit: env.BODY_LIMIT || '100kb',
    definitionLimitBytes: integer(env, 'DEFINITION_LIMIT_KB', 512) * 1024,
    maxBodyDepth: 32,
    printLinkSeconds: integer(env, 'PRINT_LINK_SECONDS', 60),
    moveDateWindow: { pastDays: integer(env, 'MOVE_DATE_PAST_DAYS', 31), futureDays: integer(env, 'MOVE_DATE_FUTURE_DAYS', 366) },
    custodyCheckModule: env.CUSTODY_CHECK_MODULE || undefined,
    custodyCheckTimeoutMs: integer(env, 'CUSTODY_CHECK_TIMEOUT_MS', 5000),
    saveRetries: 20,
    logLevel: env.LOG_LEVEL || 'info',
    oidc,
    trustProxy: trustProxy(env.TRUST_PROXY),
    reportMinCount: Math.max(1, integer(env, 'REPORT_MIN_COUNT', 5)),
  };
}
