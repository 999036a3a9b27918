/**
 * The round trip of the BPMN MIWG reference models: each opened in the modeler and saved keeps its
 * counts of processes, participants, lanes, flow nodes, message flows and diagram shapes, as the
 * server counts them in the upload and in the re-saved version.
 */
import { readdirSync } from 'node:fs';
import { BPMN_FIXTURES, diagram, expect, fixtureText, givenProcess, test } from './modelerTest';

const REFERENCE = 'miwg/Reference/';
const files = readdirSync(`${BPMN_FIXTURES}${REFERENCE}`).filter((file) => file.endsWith('.bpmn'));

test.describe('modeler #roundTrip', () => {
  for (const file of files) {
    test(`${file} keeps its counts when opened and saved`, async ({ lotse, modeler }) => {
      // given the reference model uploaded as version 1
      const key = await givenProcess(lotse, fixtureText(`${REFERENCE}${file}`), `E2E MIWG ${file}`);
      const uploaded = await diagram(lotse, key, 1);
      // when it is opened in the modeler and saved unchanged
      await modeler.open(key);
      await modeler.save(`Round trip ${file}`);
      await expect(modeler.savedNotice(2)).toBeVisible();
      // then the saved version has the same counts
      const saved = await diagram(lotse, key, 2);
      const counts = ({ stats }: typeof saved) => ({
        processes: stats.processes,
        participants: stats.participants,
        lanes: stats.lanes,
        flowNodes: stats.flowNodes,
        messageFlows: stats.messageFlows,
        shapes: stats.shapes,
      });
      expect(counts(saved)).toEqual(counts(uploaded));
    });
  }
});
