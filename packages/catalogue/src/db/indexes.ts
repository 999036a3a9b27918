import type { Connection } from 'mongoose';
import { departmentModel } from '../departments/department.model.js';
import { processModel } from '../processes/process.model.js';
import { diagramContentModel, diagramModel } from '../diagrams/diagram.model.js';
import { accountModel } from '../accounts/account.model.js';

/** Creates the indexes every collection needs (idempotent); call once at start-up. */
export async function ensureIndexes(connection: Connection): Promise<void> {
  const models = [
    departmentModel(connection),
    processModel(connection),
    diagramModel(connection),
    diagramContentModel(connection),
    // the unique username: without it two accounts could share a sign-in name
    accountModel(connection),
  ];
  for (const model of models) await model.createIndexes();
}
