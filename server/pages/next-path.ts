/**
 * Where to go after signing in. Only a path on this site is followed, so a crafted link cannot send
 * staff elsewhere: "//evil.example" and "/\evil.example" both parse as another host, so the path is
 * resolved the way a browser would and refused unless it stays on the same origin.
 */
const HERE = 'http://same-origin.invalid';

export function sameSitePath(next: unknown, fallback = '/records'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return fallback;
  }
  // The browser resolves the same text the same way, so the normalised path is what it will follow.
  return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
