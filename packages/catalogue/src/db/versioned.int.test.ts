import assert from 'node:assert/strict';
import { departmentModel, type DepartmentDoc } from '../departments/department.model.js';
import { PreconditionFailedError } from '../errors.js';
import { cleanDatabase, testConnection } from '../testing/testDatabase.js';
import { applyIfVersion, updateVersioned } from './versioned.js';

describe('versioned', () => {
  beforeEach(cleanDatabase);

  async function givenDepartment(): Promise<void> {
    const now = new Date();
    await departmentModel(await testConnection()).insertMany([
      {
        _id: '32',
        code: '32',
        name: 'Amt für öffentliche Ordnung',
        shortName: 'Ordnungsamt',
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
    ]);
  }

  describe('#updateVersioned', () => {
    it('lets exactly one of many concurrent writers of the same version win, round after round', async () => {
      // given a department at version 1, and five writers that all read version 1
      const model = departmentModel(await testConnection());
      for (let round = 0; round < 5; round++) {
        await cleanDatabase();
        await givenDepartment();
        // when they all write at once
        const outcomes = await Promise.allSettled(
          ['A', 'B', 'C', 'D', 'E'].map((name) =>
            updateVersioned<DepartmentDoc>(model, '32', 1, { $set: { shortName: name } }, 'Department 32'),
          ),
        );
        // then one write lands, four get 412, and the stored name is the winner's
        const winners = outcomes.filter((o) => o.status === 'fulfilled');
        const losers = outcomes.filter(
          (o) =>
            o.status === 'rejected' && o.reason instanceof PreconditionFailedError && o.reason.currentVersion === 2,
        );
        assert.equal(winners.length, 1, `round ${round}`);
        assert.equal(losers.length, 4, `round ${round}`);
        const stored = await model.findOne({ _id: '32' }).lean<DepartmentDoc>().exec();
        assert.equal(stored?.version, 2);
        assert.equal(stored?.shortName, (winners[0] as PromiseFulfilledResult<DepartmentDoc>).value.shortName);
      }
    });
  });

  describe('#applyIfVersion', () => {
    it('applies one of several concurrent changes of the same version and refuses the rest', async () => {
      // given a department at version 1
      await givenDepartment();
      const model = departmentModel(await testConnection());
      // when three bulk changes of version 1 run at once
      const applied = await Promise.all(
        ['X', 'Y', 'Z'].map((name) =>
          applyIfVersion(model, '32', 1, { $set: { shortName: name }, $inc: { version: 1 } }),
        ),
      );
      // then exactly one was applied
      assert.deepEqual(applied.filter(Boolean).length, 1);
      const stored = await model.findOne({ _id: '32' }).lean<DepartmentDoc>().exec();
      assert.equal(stored?.version, 2);
    });

    it('refuses a change of a document that does not exist', async () => {
      const model = departmentModel(await testConnection());
      assert.equal(await applyIfVersion(model, '99', 1, { $set: { shortName: 'X' }, $inc: { version: 1 } }), false);
    });
  });
});
