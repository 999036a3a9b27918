/**
 * A sign-in between GET /login and the IdP's redirect to GET /callback: state, nonce, PKCE verifier and where
 * to go afterwards. It travels in a short-lived http-only cookie, encrypted and authenticated (AES-256-GCM)
 * with a key derived from the client secret, so every server instance can read it and nobody can forge,
 * read or prolong it. The cookie's name is derived from the state, so sign-ins in two tabs do not collide
 * and a callback with another state finds no cookie.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-origin path to go to after signing in. */
  returnTo: string;
  /** Milliseconds since the epoch after which the sign-in must start again. */
  expiresAt: number;
}

/** How long the person may take at the identity provider. */
export const PENDING_LOGIN_MINUTES = 10;

const MAX_RETURN_TO = 1000;

/**
 * The path to return to after signing in, when `value` is a same-origin relative path (`/processes?x=1`);
 * undefined for anything that could leave the site (`//host`, `/\host`, `https://…`) or is malformed.
 */
export function returnToPath(value: string): string | undefined {
  if (value.length > MAX_RETURN_TO || !value.startsWith('/')) return undefined;
  if (value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  try {
    const base = new URL('https://efile.invalid');
    return new URL(value, base).origin === base.origin ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Seals and opens pending sign-ins; one per client secret. */
export class PendingLoginCookie {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'efile-rollout', 'oidc pending login cookie', 32));
  }

  /** The cookie's name for a sign-in with this state. */
  static nameFor(state: string): string {
    return `efile_oidc_${createHash('sha256').update(state).digest('hex').slice(0, 16)}`;
  }

  seal(login: PendingLogin): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(login), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The pending sign-in for `state`, or undefined when the cookie is forged, altered, expired or another's. */
  open(sealed: string, state: string, now = new Date()): PendingLogin | undefined {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 29) return undefined;
    let login: PendingLogin;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      login = JSON.parse(text) as PendingLogin;
    } catch {
      return undefined;
    }
    const a = Buffer.from(login.state);
    const b = Buffer.from(state);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
    if (!(now.getTime() < login.expiresAt)) return undefined;
    return login;
  }
}
