/**
 * A small OpenID Connect provider for the OIDC tests (oidc-provider on 127.0.0.1, a free port): one client,
 * test users whose claims a test may change, and a plain login form standing in for the city's sign-in page.
 * The form takes any password; signing in also grants the requested scopes (no separate consent page).
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Claims } from './claimsMapping.js';

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestIdentityProvider {
  /** The issuer URL (`http://127.0.0.1:<port>`). */
  issuer: string;
  /** Login name (also the subject) → claims other than `sub`; change them between sign-ins. */
  users: Map<string, Claims>;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1; answers the base URL. */
export async function listenLocally(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes a server and the connections fetch keeps open. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** oidc-provider's storage, in memory for one provider (its own in-memory adapter warns on every start). */
function memoryAdapter() {
  const store = new Map<string, Record<string, unknown>>();
  return (model: string) => ({
    async upsert(id: string, payload: Record<string, unknown>) {
      store.set(`${model}:${id}`, payload);
      if (model === 'Session') store.set(`sessionUid:${String(payload.uid)}`, { id });
    },
    async find(id: string) {
      return store.get(`${model}:${id}`);
    },
    async findByUid(uid: string) {
      const ref = store.get(`sessionUid:${uid}`);
      return ref ? store.get(`${model}:${String(ref.id)}`) : undefined;
    },
    async findByUserCode() {
      return undefined;
    },
    async consume(id: string) {
      const payload = store.get(`${model}:${id}`);
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id: string) {
      store.delete(`${model}:${id}`);
    },
    async revokeByGrantId() {},
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function loginForm(uid: string, message = ''): string {
  return `<!doctype html><title>Anmeldung</title>${message ? `<p>${message}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
  <input name="login"><input type="password" name="password"><button type="submit">Anmelden</button>
</form>`;
}

/** The sign-in page: GET shows the form, POST signs the user in and grants the requested scopes. */
async function interaction(
  provider: Provider,
  users: Map<string, Claims>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(loginForm(details.uid));
    return;
  }
  const login = new URLSearchParams(await readBody(req)).get('login') ?? '';
  if (!users.has(login)) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(loginForm(details.uid, 'Unbekannt.'));
    return;
  }
  const grant = new provider.Grant({ accountId: login, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: login }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

/** Starts the provider with one client and the given users. */
export async function startTestIdentityProvider(
  client: TestClient,
  users: Map<string, Claims>,
): Promise<TestIdentityProvider> {
  const server = createServer();
  const issuer = await listenLocally(server);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['a-cookie-key-for-the-test-provider-only'] },
    adapter: memoryAdapter(),
    // Keycloak-like: realm roles nested in realm_access, departments as a user attribute.
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      efile: ['realm_access', 'departments'],
    },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      if (!users.has(sub)) return undefined;
      return { accountId: sub, claims: async () => ({ ...users.get(sub), sub }) };
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) {
      handle(req, res);
      return;
    }
    interaction(provider, users, req, res).catch((err: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
    });
  });
  return { issuer, users, close: () => closeServer(server) };
}
