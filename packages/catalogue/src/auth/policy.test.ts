import assert from 'node:assert/strict';
import { ACTIONS, decide, grantOf, visibleDepartments, type Action, type Decision, type Grant } from './policy.js';
import type { Principal } from './principal.js';

/** Principals as accounts and tokens produce them (a non-manager always reads city-wide). */
const admin: Principal = { id: 'acc_admin001', kind: 'account', role: 'admin', departments: [], allDepartments: true };
const consultant: Principal = {
  id: 'acc_consult01',
  kind: 'account',
  role: 'consultant',
  departments: ['32'],
  allDepartments: true,
};
const modeller: Principal = {
  id: 'tok_modeller1',
  kind: 'token',
  role: 'modeller',
  departments: ['32'],
  allDepartments: true,
};
const manager32: Principal = {
  id: 'acc_manager32',
  kind: 'account',
  role: 'manager',
  departments: ['32'],
  allDepartments: false,
};
const managerCity: Principal = {
  id: 'acc_managerall',
  kind: 'account',
  role: 'manager',
  departments: [],
  allDepartments: true,
};

const principals: Record<string, Principal | undefined> = {
  admin,
  consultant,
  modeller,
  'manager of 32': manager32,
  'city-wide manager': managerCity,
  anonymous: undefined,
};

/** The principals' own department (32), another one (50) and a base process of central IT (10). */
const own = { department: '32', kind: 'department' as const };
const other = { department: '50', kind: 'department' as const };
const base = { department: '10', kind: 'base' as const };

describe('policy', () => {
  describe('#grantOf', () => {
    /** What each role is granted; every action not listed is `none`. */
    const granted: Record<string, Partial<Record<Action, Grant>>> = {
      admin: Object.fromEntries(ACTIONS.map((a) => [a, 'all'])),
      consultant: {
        public: 'all',
        'docs:read': 'readable',
        'department:read': 'readable',
        'process:read': 'readable',
        'rollout:read': 'readable',
        self: 'readable',
        'process:write': 'assigned',
        'adoption:create': 'assigned',
        'import:write': 'assigned',
        'rollout:write': 'assigned',
        'report:export': 'readable',
      },
      modeller: {
        public: 'all',
        'docs:read': 'readable',
        'department:read': 'readable',
        'process:read': 'readable',
        'rollout:read': 'readable',
        self: 'readable',
        'process:write': 'assigned',
        'adoption:create': 'assigned',
        'import:write': 'assigned',
        'rollout:write': 'assigned',
      },
      'manager of 32': {
        public: 'all',
        'docs:read': 'readable',
        'department:read': 'readable',
        'process:read': 'readable',
        'rollout:read': 'readable',
        self: 'readable',
        'report:export': 'readable',
      },
      anonymous: { public: 'all' },
    };
    for (const [who, grants] of Object.entries(granted)) {
      it(`grants ${who} exactly the listed actions and nothing else`, () => {
        // given the principal
        const principal = principals[who];
        // when the policy is asked for every action
        const actual = Object.fromEntries(ACTIONS.map((a) => [a, grantOf(principal, a)]));
        // then it grants what the table lists and denies the rest
        const expected = Object.fromEntries(ACTIONS.map((a) => [a, grants[a] ?? 'none']));
        assert.deepEqual(actual, expected);
      });
    }
  });

  describe('#decide', () => {
    /** [principal, action, resource (none = before any resource is known), decision] */
    const table: Array<[string, Action, 'none' | 'own' | 'other' | 'base', Decision]> = [
      // admin: everything, everywhere
      ['admin', 'process:write', 'own', 'allow'],
      ['admin', 'process:write', 'other', 'allow'],
      ['admin', 'process:write', 'base', 'allow'],
      ['admin', 'account:admin', 'none', 'allow'],
      ['admin', 'wave:write', 'none', 'allow'],
      // consultant and modeller: read everything, write their own departments' processes, never a base process
      ['consultant', 'process:read', 'own', 'allow'],
      ['consultant', 'process:read', 'other', 'allow'],
      ['consultant', 'process:read', 'base', 'allow'],
      ['consultant', 'process:write', 'none', 'allow'],
      ['consultant', 'process:write', 'own', 'allow'],
      ['consultant', 'process:write', 'other', 'forbid'],
      ['consultant', 'process:write', 'base', 'forbid'],
      ['consultant', 'report:export', 'other', 'allow'],
      ['consultant', 'account:admin', 'none', 'forbid'],
      ['consultant', 'audit:read', 'none', 'forbid'],
      ['consultant', 'wave:write', 'own', 'forbid'],
      ['modeller', 'process:read', 'other', 'allow'],
      ['modeller', 'process:read', 'base', 'allow'],
      ['modeller', 'process:write', 'own', 'allow'],
      ['modeller', 'process:write', 'other', 'forbid'],
      ['modeller', 'process:write', 'base', 'forbid'],
      ['modeller', 'adoption:create', 'own', 'allow'],
      ['modeller', 'adoption:create', 'other', 'forbid'],
      ['modeller', 'import:write', 'other', 'forbid'],
      ['modeller', 'rollout:write', 'own', 'allow'],
      ['modeller', 'rollout:write', 'other', 'forbid'],
      ['modeller', 'report:export', 'own', 'forbid'],
      ['modeller', 'account:admin', 'none', 'forbid'],
      ['modeller', 'department:write', 'own', 'forbid'],
      // a manager limited to 32 reads 32 and the base processes (every Amt's templates); elsewhere the
      // resource is hidden, even from a refused write
      ['manager of 32', 'process:read', 'own', 'allow'],
      ['manager of 32', 'process:read', 'other', 'hide'],
      ['manager of 32', 'process:read', 'base', 'allow'],
      ['manager of 32', 'report:export', 'own', 'allow'],
      ['manager of 32', 'report:export', 'other', 'hide'],
      ['manager of 32', 'process:write', 'none', 'forbid'],
      ['manager of 32', 'process:write', 'own', 'forbid'],
      ['manager of 32', 'process:write', 'other', 'hide'],
      ['manager of 32', 'account:admin', 'none', 'forbid'],
      // a city-wide manager reads everything and writes nothing
      ['city-wide manager', 'process:read', 'other', 'allow'],
      ['city-wide manager', 'process:read', 'base', 'allow'],
      ['city-wide manager', 'process:write', 'own', 'forbid'],
      ['city-wide manager', 'process:write', 'other', 'forbid'],
      ['city-wide manager', 'rollout:write', 'other', 'forbid'],
      // nobody signed in: only public actions; a resource's existence does not leak
      ['anonymous', 'public', 'none', 'allow'],
      ['anonymous', 'process:read', 'none', 'forbid'],
      ['anonymous', 'process:read', 'own', 'hide'],
      ['anonymous', 'process:write', 'base', 'hide'],
      ['anonymous', 'self', 'none', 'forbid'],
    ];
    const resources = { own, other, base };
    for (const [who, action, where, expected] of table) {
      it(`${expected}s ${action} for ${who} on ${where === 'none' ? 'no resource' : `a resource of ${where}`}`, () => {
        // given the principal and the resource
        const principal = principals[who];
        const resource = where === 'none' ? undefined : resources[where];
        // when the policy decides
        const decision = decide(principal, action, resource);
        // then
        assert.equal(decision, expected);
      });
    }

    it('never allows an action to a role the grant table denies, whatever the resource', () => {
      // given every principal, action and resource
      for (const [who, principal] of Object.entries(principals)) {
        for (const action of ACTIONS) {
          for (const resource of [undefined, own, other, base]) {
            // when the policy decides
            const decision = decide(principal, action, resource);
            // then it allows only where the role has a grant
            if (grantOf(principal, action) === 'none') {
              assert.notEqual(decision, 'allow', `${who} ${action} ${JSON.stringify(resource)}`);
            }
          }
        }
      }
    });
  });

  describe('#visibleDepartments', () => {
    /** [principal, action, visible departments] */
    const table: Array<[string, Action, 'all' | readonly string[]]> = [
      ['admin', 'process:read', 'all'],
      ['admin', 'audit:read', 'all'],
      ['consultant', 'process:read', 'all'],
      ['consultant', 'process:write', 'all'],
      ['consultant', 'account:admin', []],
      ['modeller', 'process:read', 'all'],
      ['modeller', 'report:export', []],
      ['manager of 32', 'process:read', ['32']],
      ['manager of 32', 'rollout:read', ['32']],
      ['manager of 32', 'process:write', []],
      ['city-wide manager', 'process:read', 'all'],
      ['city-wide manager', 'process:write', []],
      ['anonymous', 'process:read', []],
      ['anonymous', 'public', []],
    ];
    for (const [who, action, expected] of table) {
      it(`shows ${who} ${expected === 'all' ? 'all departments' : `[${expected.join(', ')}]`} for ${action}`, () => {
        // given the principal
        const principal = principals[who];
        // when the visible departments for the action are asked for
        const visible = visibleDepartments(principal, action);
        // then
        assert.deepEqual(visible, expected);
      });
    }
  });
});
