import assert from 'node:assert/strict';
import { oidcConfigFromEnv } from './oidcConfig.js';

const complete = {
  OIDC_ISSUER: 'https://sso.stadt.example/realms/stadt',
  OIDC_CLIENT_ID: 'efile-rollout',
  OIDC_CLIENT_SECRET: 'k3y-0f-th3-c1ient-at-keycloak',
  OIDC_REDIRECT_URI: 'https://efile.stadt.example/api/v1/session/oidc/callback',
  OIDC_ROLE_MAP: 'efile-admin=admin, efile-berater=consultant,efile-modellierer=modeller,efile-leitung=manager',
};

describe('oidcConfig', () => {
  describe('#oidcConfigFromEnv', () => {
    it('answers undefined without OIDC_ISSUER', () => {
      // given an environment without OIDC settings
      // when it is read
      const config = oidcConfigFromEnv({ PORT: '8080' });
      // then there is no OIDC sign-in
      assert.equal(config, undefined);
    });

    it('reads the required settings and fills in the defaults', () => {
      // given the required settings only
      // when they are read
      const config = oidcConfigFromEnv(complete);
      // then the defaults complete them
      assert.deepEqual(config, {
        issuer: complete.OIDC_ISSUER,
        clientId: 'efile-rollout',
        clientSecret: complete.OIDC_CLIENT_SECRET,
        redirectUri: complete.OIDC_REDIRECT_URI,
        scopes: ['openid', 'profile', 'email'],
        claims: {
          username: 'preferred_username',
          displayName: 'name',
          email: 'email',
          roles: 'roles',
          departments: 'departments',
        },
        roleMap: {
          'efile-admin': 'admin',
          'efile-berater': 'consultant',
          'efile-modellierer': 'modeller',
          'efile-leitung': 'manager',
        },
        allDepartmentsValues: [],
        allowInsecureRequests: false,
      });
    });

    it('reads the optional settings', () => {
      // given claim names, scopes, the city-wide marker and an http issuer for a local test provider
      const env = {
        ...complete,
        OIDC_ISSUER: 'http://127.0.0.1:9000',
        OIDC_ALLOW_INSECURE_REQUESTS: 'true',
        OIDC_SCOPES: 'openid profile email efile',
        OIDC_USERNAME_CLAIM: 'sam_account',
        OIDC_NAME_CLAIM: 'display_name',
        OIDC_EMAIL_CLAIM: 'mail',
        OIDC_ROLE_CLAIM: 'realm_access.roles',
        OIDC_DEPARTMENTS_CLAIM: 'aemter',
        OIDC_ALL_DEPARTMENTS_ROLES: 'efile-leitung-stadt',
      };
      // when they are read
      const config = oidcConfigFromEnv(env);
      // then each is taken
      assert.ok(config);
      assert.equal(config.issuer, 'http://127.0.0.1:9000');
      assert.equal(config.allowInsecureRequests, true);
      assert.deepEqual(config.scopes, ['openid', 'profile', 'email', 'efile']);
      assert.deepEqual(config.claims, {
        username: 'sam_account',
        displayName: 'display_name',
        email: 'mail',
        roles: 'realm_access.roles',
        departments: 'aemter',
      });
      assert.deepEqual(config.allDepartmentsValues, ['efile-leitung-stadt']);
    });

    const incomplete: Array<[string, Record<string, string>, RegExp]> = [
      ['a missing client id', { OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID is not set/],
      ['a missing client secret', { OIDC_CLIENT_SECRET: '' }, /OIDC_CLIENT_SECRET is not set/],
      ['a short client secret', { OIDC_CLIENT_SECRET: 'secret' }, /shorter than 16/],
      ['a missing redirect URI', { OIDC_REDIRECT_URI: '' }, /OIDC_REDIRECT_URI is not set/],
      ['a relative redirect URI', { OIDC_REDIRECT_URI: '/api/v1/session/oidc/callback' }, /must be an absolute URL/],
      ['an http issuer', { OIDC_ISSUER: 'http://sso.stadt.example' }, /OIDC_ISSUER must be an https: URL/],
      ['a missing role map', { OIDC_ROLE_MAP: '' }, /OIDC_ROLE_MAP is not set/],
      ['an unknown role', { OIDC_ROLE_MAP: 'efile-admin=superuser' }, /"efile-admin=superuser" must be value=role/],
      ['a value without role', { OIDC_ROLE_MAP: 'efile-admin' }, /must be value=role/],
      ['a value mapped twice', { OIDC_ROLE_MAP: 'g=admin,g=manager' }, /maps "g" to both admin and manager/],
      ['scopes without openid', { OIDC_SCOPES: 'profile email' }, /must include openid/],
      [
        'a city-wide marker mapped to another role',
        { OIDC_ALL_DEPARTMENTS_ROLES: 'efile-admin' },
        /names "efile-admin", which OIDC_ROLE_MAP maps to admin/,
      ],
      ['a flag that is not a boolean', { OIDC_ALLOW_INSECURE_REQUESTS: 'yes' }, /must be true or false/],
    ];
    for (const [name, change, message] of incomplete) {
      it(`refuses ${name}`, () => {
        // given the complete settings with one change
        const env = { ...complete, ...change };
        // when they are read
        // then the error names the setting
        assert.throws(() => oidcConfigFromEnv(env), message);
      });
    }

    it('names every problem at once', () => {
      // given an issuer and nothing else
      const env = { OIDC_ISSUER: complete.OIDC_ISSUER };
      // when it is read
      // then one error lists each missing setting
      assert.throws(
        () => oidcConfigFromEnv(env),
        (err: Error) =>
          ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_ROLE_MAP'].every((n) =>
            err.message.includes(`${n} is not set`),
          ),
      );
    });
  });
});
