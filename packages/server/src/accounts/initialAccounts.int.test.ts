import assert from 'node:assert/strict';
import mongoose, { type Connection } from 'mongoose';
import { accountModel, departmentModel, ensureIndexes, verifyPassword } from '@efile/catalogue';

import { DEMO_ACCOUNTS, describeInitialAdmin, ensureInitialAdmin, seedDemoAccounts } from './initialAccounts.js';

describe('initialAccounts', () => {
  let connection: Connection;

  before(async () => {
    const uri = process.env.EFILE_TEST_MONGODB_URI;
    const dbName = process.env.EFILE_TEST_DB_NAME;
    if (!uri || !dbName) throw new Error('No test database: run the tests through "npm test".');
    connection = await mongoose.createConnection(uri, { dbName: `${dbName}_accounts`, autoIndex: false }).asPromise();
    await ensureIndexes(connection);
  });
  after(() => connection.close());
  beforeEach(async () => {
    await accountModel(connection).deleteMany({});
    await departmentModel(connection).deleteMany({});
  });

  describe('#ensureInitialAdmin', () => {
    it('creates admin with a random password, shown once, when there is no account', async () => {
      // given a database without accounts and no ADMIN_* settings
      // when the server starts
      const admin = await ensureInitialAdmin(connection, {});
      // then an active admin "admin" exists whose stored hash verifies the generated password
      assert.equal(admin?.username, 'admin');
      assert.match(admin?.generatedPassword ?? '', /^[A-Za-z0-9]{20}$/);
      const stored = await accountModel(connection).findOne({ username: 'admin' }).lean().exec();
      assert.equal(stored?.role, 'admin');
      assert.equal(stored?.active, true);
      assert.ok(await verifyPassword(stored!.passwordHash!, admin!.generatedPassword!));
      assert.ok(describeInitialAdmin(admin!).includes(admin!.generatedPassword!));
    });

    it('takes ADMIN_USERNAME and ADMIN_PASSWORD, and prints no password then', async () => {
      // given the settings
      // when the server starts
      const admin = await ensureInitialAdmin(connection, {
        ADMIN_USERNAME: 'IT.Leitung',
        ADMIN_PASSWORD: 'ein-langes-Passwort',
      });
      // then the account has the lower-cased name and that password; nothing is generated
      assert.deepEqual(admin, { username: 'it.leitung' });
      const stored = await accountModel(connection).findOne({ username: 'it.leitung' }).lean().exec();
      assert.ok(await verifyPassword(stored!.passwordHash!, 'ein-langes-Passwort'));
      assert.ok(!describeInitialAdmin(admin!).includes('ein-langes-Passwort'));
    });

    it('does nothing when any account exists, and refuses a short ADMIN_PASSWORD', async () => {
      // given one account
      await ensureInitialAdmin(connection, { ADMIN_PASSWORD: 'first-admin-password' });
      // when the server starts again
      const again = await ensureInitialAdmin(connection, { ADMIN_USERNAME: 'other' });
      // then no second admin is made
      assert.equal(again, undefined);
      assert.equal(await accountModel(connection).countDocuments({}).exec(), 1);
      await accountModel(connection).deleteMany({});
      await assert.rejects(ensureInitialAdmin(connection, { ADMIN_PASSWORD: 'short' }), /at least 12/);
    });
  });

  describe('#seedDemoAccounts', () => {
    it('adds one account per role, once, with the documented passwords', async () => {
      // given the demo city's departments 32, 50 and 51
      const now = new Date();
      await departmentModel(connection).insertMany(
        ['32', '50', '51'].map((code) => ({
          _id: code,
          code,
          name: `Amt ${code}`,
          shortName: `A${code}`,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })),
      );
      // when the demo accounts are seeded twice
      const first = await seedDemoAccounts(connection);
      const second = await seedDemoAccounts(connection);
      // then there is one per role, each signing in with its README password
      assert.equal(first, 4);
      assert.equal(second, 0);
      const stored = await accountModel(connection).find({}).lean().exec();
      assert.deepEqual(stored.map((a) => a.role).sort(), ['admin', 'consultant', 'manager', 'modeller']);
      for (const demo of DEMO_ACCOUNTS) {
        const account = stored.find((a) => a.username === demo.username)!;
        assert.ok(await verifyPassword(account.passwordHash!, demo.password), demo.username);
        assert.deepEqual(account.departments, demo.departments);
      }
    });

    it('leaves out accounts whose departments do not exist (no demo city)', async () => {
      // given no departments
      // when the demo accounts are seeded
      const added = await seedDemoAccounts(connection);
      // then only the ones without departments are added
      assert.equal(added, 2);
    });
  });
});
