import assert from 'node:assert/strict';
import { cleanDatabase, testConnection } from '../testing/testDatabase.js';
import { settingModel, settingsSecret } from './settingsSecret.js';

describe('settingsSecret', () => {
  beforeEach(cleanDatabase);

  it('makes up a random secret once and returns the stored one afterwards', async () => {
    // given an empty settings collection
    const connection = await testConnection();
    // when the secret is asked for twice
    const first = await settingsSecret(connection, 'auditPseudonymSecret');
    const second = await settingsSecret(connection, 'auditPseudonymSecret');
    // then it is a 256-bit secret, stored once, and the same both times
    assert.match(first, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(second, first);
    const docs = await settingModel(connection).find({}).lean().exec();
    assert.deepEqual(
      docs.map((d) => [d._id, d.value]),
      [['auditPseudonymSecret', first]],
    );
  });

  it('keeps secrets of different names apart', async () => {
    // when two names are asked for
    const connection = await testConnection();
    const a = await settingsSecret(connection, 'a');
    const b = await settingsSecret(connection, 'b');
    // then they differ
    assert.notEqual(a, b);
  });

  it('agrees on one secret when first asked for several times at once', async () => {
    // when five callers ask for a secret that does not exist yet, at the same time
    const connection = await testConnection();
    const secrets = await Promise.all(Array.from({ length: 5 }, () => settingsSecret(connection, 'shared')));
    // then all get the one that was stored
    const stored = await settingModel(connection).findOne({ _id: 'shared' }).lean().exec();
    assert.deepEqual(new Set(secrets), new Set([stored!.value]));
  });
});
