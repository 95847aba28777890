/** Slow password hashing (argon2id), so a stolen user table is expensive to attack. */
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string): Promise<string> => hash(password);

// Unknown usernames are checked against this hash too, so a login takes as long whether the account exists or not.
let decoy: Promise<string> | undefined;

export async function checkPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  decoy ??= hash('not a password anyone has');
  const ok = await verify(storedHash ?? (await decoy), password).catch(() => false);
  return storedHash !== undefined && ok;
}
