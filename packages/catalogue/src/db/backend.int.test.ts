import assert from 'node:assert/strict';
import { testConnection } from '../testing/testDatabase.js';
import { backendOf } from './backend.js';

describe('backend', () => {
  describe('#backendOf', () => {
    it('recognises the embedded FerretDB (and MongoDB when MONGODB_URI names one)', async () => {
      // given the test database: the embedded FerretDB unless MONGODB_URI is set
      const connection = await testConnection();
      // when its backend is asked for
      const backend = await backendOf(connection);
      // then it says FerretDB exactly when no MONGODB_URI was given, and asks the server once
      assert.equal(backend.ferretdb, !process.env.MONGODB_URI);
      assert.equal(await backendOf(connection), backend);
    });
  });
});
