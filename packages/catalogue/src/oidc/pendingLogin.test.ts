import assert from 'node:assert/strict';
import { PendingLoginCookie, returnToPath, type PendingLogin } from './pendingLogin.js';

const NOW = new Date('2025-03-01T09:00:00Z');

function pending(extra: Partial<PendingLogin> = {}): PendingLogin {
  return {
    state: 'state-abc',
    nonce: 'nonce-def',
    codeVerifier: 'verifier-ghi',
    returnTo: '/processes',
    expiresAt: NOW.getTime() + 600_000,
    ...extra,
  };
}

describe('pendingLogin', () => {
  describe('PendingLoginCookie#open', () => {
    const cookie = new PendingLoginCookie('the-client-secret-of-keycloak');

    it('opens what it sealed', () => {
      // given a sealed pending sign-in
      const sealed = cookie.seal(pending());
      // when it is opened for its state
      const opened = cookie.open(sealed, 'state-abc', NOW);
      // then it is the same sign-in
      assert.deepEqual(opened, pending());
    });

    const refused: Array<[string, (sealed: string) => string, string, Date]> = [
      ['another state', (s) => s, 'state-xyz', NOW],
      ['after its end', (s) => s, 'state-abc', new Date(NOW.getTime() + 600_000)],
      ['an altered byte', (s) => s.slice(0, 20) + (s[20] === 'A' ? 'B' : 'A') + s.slice(21), 'state-abc', NOW],
      ['a truncated value', (s) => s.slice(0, 30), 'state-abc', NOW],
      ['garbage', () => 'not-a-cookie', 'state-abc', NOW],
      [
        'a cookie sealed with another secret',
        () => new PendingLoginCookie('another-secret-entirely').seal(pending()),
        'state-abc',
        NOW,
      ],
    ];
    for (const [name, change, state, at] of refused) {
      it(`refuses ${name}`, () => {
        // given a sealed pending sign-in, changed as the row says
        const sealed = change(cookie.seal(pending()));
        // when it is opened
        const opened = cookie.open(sealed, state, at);
        // then there is no pending sign-in
        assert.equal(opened, undefined);
      });
    }
  });

  describe('PendingLoginCookie.nameFor', () => {
    it('names the cookie after the state', () => {
      // given two states
      // when their cookies are named
      const a = PendingLoginCookie.nameFor('state-a');
      const b = PendingLoginCookie.nameFor('state-b');
      // then the names differ and are valid cookie names
      assert.notEqual(a, b);
      assert.match(a, /^efile_oidc_[0-9a-f]{16}$/);
    });
  });

  describe('#returnToPath', () => {
    const table: Array<[string, string | undefined]> = [
      ['/', '/'],
      ['/processes?department=32&q=Post%20eingang', '/processes?department=32&q=Post%20eingang'],
      ['/planner#wave-3', '/planner#wave-3'],
      ['//evil.example/x', undefined],
      ['/\\evil.example', undefined],
      ['https://evil.example/', undefined],
      ['javascript:alert(1)', undefined],
      ['processes', undefined],
      ['/a\nb', undefined],
      [`/${'x'.repeat(1000)}`, undefined],
    ];
    for (const [value, expected] of table) {
      it(`answers ${String(expected)} for ${JSON.stringify(value.slice(0, 40))}`, () => {
        // given a requested return path
        // when it is checked
        // then only same-origin paths pass
        assert.equal(returnToPath(value), expected);
      });
    }
  });
});
