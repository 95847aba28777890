/**
 * Demo accounts (password "demo") for trying the system outside production, described by
 * server/demo-accounts.json. Their locations are chosen from the locations data by kind and region
 * relative to one home location, so they follow whatever locations the forms folder defines.
 * Production never creates them, and refuses to sign them in even if a store still holds them.
 */
import { readFileSync } from 'node:fs';
import type { Role } from '../../engine/types.ts';
import type { Store, StoredUser } from '../store/types.ts';
import type { Location } from '../forms-registry.ts';
import { hashPassword } from './passwords.ts';

/** "home", or the first location (every one, with `all`) of a kind and/or region relative to home. */
type Selector = 'home' | { kind?: string; region?: 'home' | 'other'; all?: boolean };

interface DemoFile {
  password: string;
  homeLocation: string;
  /** `regions`: the home location's region, or the first other one; for regional forum members, who report on regions. */
  accounts: { username: string; name?: string; roles: Role[]; locations: Selector[]; regions?: ('home' | 'other')[] }[];
}

export interface DemoAccount {
  username: string;
  /** Display name, shown where the service names who did something. */
  name?: string;
  password: string;
  roles: Role[];
  locations: string[];
  regions?: string[];
}

const demoFile = new URL('../demo-accounts.json', import.meta.url);

function select(selector: Selector, home: Location, locations: Location[]): string[] {
  if (selector === 'home') return [home.code];
  const matches = locations.filter((l) =>
    (selector.kind === undefined || l.kind === selector.kind) &&
    (selector.region === undefined || (selector.region === 'home') === (l.region === home.region)));
  if (matches.length === 0) throw new Error(`demo-accounts.json: no location matches ${JSON.stringify(selector)}`);
  return (selector.all ? matches : matches.slice(0, 1)).map((l) => l.code);
}

function regionOf(selector: 'home' | 'other', home: Location, locations: Location[]): string {
  if (selector === 'home') return home.region;
  const other = locations.find((l) => l.region !== home.region);
  if (!other) throw new Error('demo-accounts.json: no location outside the home region');
  return other.region;
}

export function demoAccounts(locations: Location[]): DemoAccount[] {
  const file = JSON.parse(readFileSync(demoFile, 'utf8')) as DemoFile;
  const home = locations.find((l) => l.code === file.homeLocation);
  if (!home) throw new Error(`demo-accounts.json: home location ${file.homeLocation} is not in locations.json`);
  return file.accounts.map((account) => ({
    username: account.username,
    ...(account.name ? { name: account.name } : {}),
    password: file.password,
    roles: account.roles,
    locations: [...new Set(account.locations.flatMap((s) => select(s, home, locations)))],
    ...(account.regions ? { regions: [...new Set(account.regions.map((r) => regionOf(r, home, locations)))] } : {}),
  }));
}

/**
 * Creates the demo accounts, or brings their roles and locations up to date with the data; an existing
 * account keeps its password hash but is unlocked with its failed-attempt count cleared, so a demo
 * locked by mistyping is usable again after a restart. A real account of the same name is left alone.
 * Only called outside production.
 */
export async function ensureDemoAccounts(store: Store, locations: Location[]): Promise<DemoAccount[]> {
  const accounts = demoAccounts(locations);
  const passwordHash = await hashPassword(accounts[0]?.password ?? '');
  for (const account of accounts) {
    const existing = await store.getUser(account.username);
    if (existing && !existing.demo) continue;
    const { lockedAt: _lock, ...base } = existing ?? { username: account.username, passwordHash, demo: true };
    const { regions: _regions, ...withoutRegions } = base as StoredUser;
    await store.putUser({ ...withoutRegions, ...(account.name ? { name: account.name } : {}), failedAttempts: 0, roles: account.roles, locations: account.locations, ...(account.regions ? { regions: account.regions } : {}) });
    await store.clearLoginDelay(account.username);
  }
  return accounts;
}
