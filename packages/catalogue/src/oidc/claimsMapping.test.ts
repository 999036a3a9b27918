import assert from 'node:assert/strict';
import type { ExternalIdentity } from '../accounts/accounts.service.js';
import { claimAt, keepKnownDepartments, mapClaims, type Claims, type MappingSettings } from './claimsMapping.js';
import { defaultOidcClaimNames } from './oidcConfig.js';

const ISSUER = 'https://sso.stadt.example/realms/stadt';

const settings: MappingSettings = {
  claims: defaultOidcClaimNames,
  roleMap: {
    'efile-admin': 'admin',
    'efile-berater': 'consultant',
    'efile-modellierer': 'modeller',
    'efile-leitung': 'manager',
  },
  allDepartmentsValues: ['efile-leitung-stadt'],
};

/** Claims of a person with the given additions. */
function person(extra: Claims): Claims {
  return { sub: 'f3c1-77', preferred_username: 'Max.Muster', name: 'Max Muster', ...extra };
}

describe('claimsMapping', () => {
  describe('#mapClaims', () => {
    const accepted: Array<[string, Claims, Partial<ExternalIdentity>]> = [
      [
        'an admin by role value, with name and e-mail',
        person({ roles: ['offline_access', 'efile-admin'], email: 'max.muster@stadt.example' }),
        {
          username: 'max.muster',
          displayName: 'Max Muster',
          email: 'max.muster@stadt.example',
          role: 'admin',
          departments: [],
          allDepartments: false,
        },
      ],
      [
        'the strongest of several mapped roles',
        person({ roles: ['efile-leitung', 'efile-modellierer', 'efile-berater'], departments: ['32'] }),
        { role: 'consultant', departments: ['32'] },
      ],
      [
        'a modeller with department codes, other values ignored, sorted and without repeats',
        person({ roles: ['efile-modellierer'], departments: ['36.1', 'Amt 32', '32', '32', 'x', '1000', '10-2'] }),
        { role: 'modeller', departments: ['10-2', '32', '36.1'] },
      ],
      [
        'departments given as one string with commas',
        person({ roles: 'efile-modellierer', departments: '32, 50' }),
        { role: 'modeller', departments: ['32', '50'] },
      ],
      [
        'a city-wide manager by the marker value alone',
        person({ roles: ['efile-leitung-stadt'] }),
        { role: 'manager', departments: [], allDepartments: true },
      ],
      [
        'a manager of named departments',
        person({ roles: ['efile-leitung'], departments: ['20'] }),
        { role: 'manager', departments: ['20'], allDepartments: false },
      ],
      [
        'a consultant without departments',
        person({ roles: ['efile-berater'] }),
        { role: 'consultant', departments: [], allDepartments: false },
      ],
      [
        'the username when the name is missing, and no e-mail when it is malformed',
        person({ name: undefined, email: 'not an address', roles: ['efile-admin'] }),
        { displayName: 'max.muster', email: undefined },
      ],
    ];
    for (const [name, claims, expected] of accepted) {
      it(`maps ${name}`, () => {
        // given the claims of the table row
        // when they are mapped
        const result = mapClaims(claims, ISSUER, settings);
        // then the identity has the expected fields
        assert.ok(result.ok, result.ok ? '' : result.reason);
        assert.equal(result.identity.issuer, ISSUER);
        assert.equal(result.identity.subject, 'f3c1-77');
        for (const [field, value] of Object.entries(expected)) {
          assert.deepEqual(result.identity[field as keyof ExternalIdentity], value, field);
        }
      });
    }

    const refused: Array<[string, Claims, RegExp]> = [
      ['no mapped role', person({ roles: ['offline_access', 'andere-anwendung'] }), /no role that gives access/],
      ['no role claim at all', person({}), /claim roles/],
      [
        'a modeller without a department code',
        person({ roles: ['efile-modellierer'], departments: ['Amt 32'] }),
        /modeller works for at least one department/,
      ],
      [
        'a manager neither city-wide nor with a department',
        person({ roles: ['efile-leitung'] }),
        /manager reads either/,
      ],
      ['a missing subject', person({ sub: undefined, roles: ['efile-admin'] }), /no subject/],
      ['a missing username', person({ preferred_username: undefined, roles: ['efile-admin'] }), /no username/],
      [
        'a username with an @',
        person({ preferred_username: 'max@stadt.example', roles: ['efile-admin'] }),
        /not usable here/,
      ],
    ];
    for (const [name, claims, reason] of refused) {
      it(`refuses ${name}`, () => {
        // given the claims of the table row
        // when they are mapped
        const result = mapClaims(claims, ISSUER, settings);
        // then the sign-in is refused with a reason that says why
        assert.equal(result.ok, false);
        assert.match(result.ok ? '' : result.reason, reason);
      });
    }

    it('reads the roles from a dotted claim path (Keycloak realm roles)', () => {
      // given Keycloak-style claims and the roles claim set to realm_access.roles
      const claims = person({ realm_access: { roles: ['efile-berater'] } });
      const keycloak = { ...settings, claims: { ...settings.claims, roles: 'realm_access.roles' } };
      // when they are mapped
      const result = mapClaims(claims, ISSUER, keycloak);
      // then the nested roles count
      assert.ok(result.ok);
      assert.equal(result.identity.role, 'consultant');
    });
  });

  describe('#claimAt', () => {
    it('prefers a claim whose name contains dots over a path', () => {
      // given a claim named like a URL and a nested object
      const claims = { 'https://stadt.example/roles': ['a'], realm_access: { roles: ['b'] } };
      // when both are read
      // then each is found by its name
      assert.deepEqual(claimAt(claims, 'https://stadt.example/roles'), ['a']);
      assert.deepEqual(claimAt(claims, 'realm_access.roles'), ['b']);
      assert.equal(claimAt(claims, 'realm_access.missing'), undefined);
    });
  });

  describe('#keepKnownDepartments', () => {
    const modeller: ExternalIdentity = {
      issuer: ISSUER,
      subject: 's',
      username: 'max',
      displayName: 'Max',
      role: 'modeller',
      departments: ['32', '99'],
      allDepartments: false,
    };

    it('drops departments the catalogue does not know', () => {
      // given a modeller with one known and one unknown department
      // when the unknown is dropped
      const result = keepKnownDepartments(modeller, new Set(['32']), 'departments');
      // then only the known one remains
      assert.ok(result.ok);
      assert.deepEqual(result.identity.departments, ['32']);
    });

    it('refuses a modeller left without a department', () => {
      // given a modeller whose departments are all unknown
      // when they are dropped
      const result = keepKnownDepartments(modeller, new Set(['10']), 'departments');
      // then the sign-in is refused
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.reason, /at least one department/);
    });
  });
});
