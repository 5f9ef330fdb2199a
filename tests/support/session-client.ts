/** A small client for API tests: signs in as a demo user and sends cookie, CSRF token and If-Match. */
import type { KernplanApp } from '../../src/server/app.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/demo.ts';

export interface Answer {
  status: number;
  body: Record<string, unknown> & { [k: string]: unknown };
  headers: Headers;
}

export class Client {
  constructor(
    private readonly app: KernplanApp,
    readonly cookie: string | null,
    readonly csrf: string | null,
  ) {}

  static anonymous(app: KernplanApp): Client {
    return new Client(app, null, null);
  }

  static async signIn(app: KernplanApp, email: string, password = DEMO_PASSWORD, extra: Record<string, string> = {}): Promise<Client> {
    const res = await app.request('/api/v1/sessies', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, wachtwoord: password, ...extra }),
    });
    if (res.status !== 201) throw new Error(`Aanmelden als ${email} gaf ${res.status}: ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = (await res.json()) as { csrfToken: string };
    return new Client(app, cookie, body.csrfToken);
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['X-CSRF-Token'] = this.csrf;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await this.app.request(`/api/v1${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Answer['body']) : {}, headers: res.headers };
  }

  get(path: string) {
    return this.call('GET', path);
  }

  /** Reads the current ETag of a resource and sends the change with it. */
  async write(method: 'PATCH' | 'DELETE' | 'POST', path: string, body: unknown, etagFrom: string, reader: Client = this): Promise<Answer> {
    const current = await reader.get(etagFrom);
    const etag = current.headers.get('ETag') ?? `"${String((current.body as { versie?: number }).versie ?? 0)}"`;
    return this.call(method, path, body, { 'If-Match': etag });
  }
}
