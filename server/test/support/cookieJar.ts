/**
 * A browser's part in a redirect flow, for integration tests over real HTTP: a cookie jar
 * (per host and path, Max-Age honoured) and `follow`, which follows redirects one hop at
 * a time as a browser does, sending each host only its own cookies.
 */

interface StoredCookie {
  readonly host: string;
  readonly name: string;
  readonly value: string;
  readonly path: string;
  /** ms since the epoch, or undefined for a cookie that lasts the browsing session. */
  readonly expiresAt: number | undefined;
}

export interface Hop {
  readonly url: string;
  readonly status: number;
  /** The Location header, resolved against the URL, for a redirect. */
  readonly location: string | undefined;
}

export class CookieJar {
  private cookies: StoredCookie[] = [];

  /** Takes the Set-Cookie headers of a response from `url`. */
  take(url: string, response: Response): void {
    const { host } = new URL(url);
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expiresAt: number | undefined;
      for (const attribute of attributes) {
        const [key = '', val = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = val;
        if (key.toLowerCase() === 'max-age') expiresAt = Date.now() + Number(val) * 1000;
        if (key.toLowerCase() === 'expires' && expiresAt === undefined) {
          expiresAt = Date.parse(val);
        }
      }
      this.cookies = this.cookies.filter(
        (c) => !(c.host === host && c.name === name && c.path === path),
      );
      if (expiresAt === undefined || expiresAt > Date.now()) {
        this.cookies.push({ host, name, value, path, expiresAt });
      }
    }
  }

  /** The Cookie header a browser sends to `url`. */
  header(url: string): string {
    const { host, pathname } = new URL(url);
    const now = Date.now();
    return this.cookies
      .filter(
        (c) =>
          c.host === host &&
          (c.expiresAt === undefined || c.expiresAt > now) &&
          (pathname === c.path ||
            pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  /** The value of a cookie the jar holds for `host`, if any. */
  get(host: string, name: string): string | undefined {
    return this.cookies.find((c) => c.host === host && c.name === name)?.value;
  }

  /** Forgets one cookie, as when it expires or the person clears it. */
  drop(name: string): void {
    this.cookies = this.cookies.filter((c) => c.name !== name);
  }

  /** One request with this jar's cookies; its Set-Cookie headers taken. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.take(url, response);
    return response;
  }

  /**
   * Requests `url` and follows its redirects (a 303 or a 302 after a POST becomes a GET),
   * until a page that is not a redirect, or `stopAt` says to stop at a URL before
   * requesting it. Returns every hop and the last response.
   */
  async follow(
    url: string,
    init: RequestInit = {},
    stopAt: (url: URL) => boolean = () => false,
  ): Promise<{ hops: Hop[]; response: Response | undefined; stoppedAt: string | undefined }> {
    const hops: Hop[] = [];
    let next: string | undefined = url;
    let request = init;
    for (let i = 0; i < 20 && next !== undefined; i++) {
      if (stopAt(new URL(next))) return { hops, response: undefined, stoppedAt: next };
      const response = await this.fetch(next, request);
      const header = response.headers.get('location');
      const location: string | undefined = header === null ? undefined : new URL(header, next).href;
      hops.push({ url: next, status: response.status, location });
      if (response.status < 300 || response.status >= 400 || location === undefined) {
        return { hops, response, stoppedAt: undefined };
      }
      await response.arrayBuffer();
      next = location;
      request = {};
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
