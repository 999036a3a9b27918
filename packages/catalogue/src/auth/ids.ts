import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id with a prefix, e.g. `acc_k3x9…` (16 characters of a-z0-9, ~82 bits). */
export function newId(prefix: 'acc' | 'tok', length = 16): string {
  const bytes = randomBytes(length);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${id}`;
}

/** A random secret for cookies, CSRF and API tokens (base64url, 256 bits). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
