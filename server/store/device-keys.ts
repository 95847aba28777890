/**
 * One random key per user for the data their browser keeps for working offline (docs/offline.md).
 * The browser encrypts what it keeps with this key and holds the key only for the life of its tab, so
 * data left on a device cannot be read without signing in again. Kept in the store, so every server
 * instance gives the same user the same key, and what a device queued stays readable after a new sign-in.
 */
export interface DeviceKeyStore {
  /**
   * The user's key (base64 of 32 bytes), made from `fresh` the first time it is asked for. Two racing
   * first calls get the same key: the first one stored wins.
   */
  deviceKey(username: string, fresh: string): Promise<string>;
}
