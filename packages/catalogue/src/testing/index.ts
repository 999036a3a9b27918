export * from './testDatabase.js';
export * from '../diagrams/testProcesses.js';
