/** A tiny HTTP client that keeps its cookies (the session, the language), like a browser would for same-origin calls. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class Client {
  private readonly jar = new Map<string, string>();
  /** The Cookie header this client sends ("name=value; ..."); setting it replaces every cookie. */
  get cookie(): string | undefined {
    return this.jar.size ? [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }
  set cookie(header: string | undefined) {
    this.jar.clear();
    for (const pair of header ? header.split('; ') : []) this.keep(pair);
  }
  private keep(pair: string): void {
    const at = pair.indexOf('=');
    const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
    if (value === '') this.jar.delete(name);
    else this.jar.set(name, value);
  }
  constructor(readonly base: string, readonly headers: Record<string, string> = {}) {}

  async request<T = any>(method: string, path: string, body?: unknown, init: { raw?: string; contentType?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.headers, ...init.headers };
    if (this.cookie) headers.cookie = this.cookie;
    let payload: string | undefined = init.raw;
    if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const response = await fetch(this.base + path, { method, headers, body: payload });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) this.keep(line.split(';')[0]!);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  get<T = any>(path: string) { return this.request<T>('GET', path); }
  post<T = any>(path: string, body?: unknown) { return this.request<T>('POST', path, body ?? {}); }
  patch<T = any>(path: string, body?: unknown) { return this.request<T>('PATCH', path, body); }
  put<T = any>(path: string, body?: unknown) { return this.request<T>('PUT', path, body); }
  delete<T = any>(path: string) { return this.request<T>('DELETE', path); }
}
