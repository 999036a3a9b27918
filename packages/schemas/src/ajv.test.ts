import assert from 'node:assert/strict';
import { schemas, validator, type ValueLocation } from './ajv.js';

/** [schema, what, payload, location] — payloads every client may send. */
const VALID: Array<[string, string, unknown, ValueLocation?]> = [
  [
    'department-create.schema.json',
    'the minimum',
    { code: '32', name: 'Amt für öffentliche Ordnung', shortName: 'Ordnungsamt' },
  ],
  [
    'department-create.schema.json',
    'everything',
    {
      code: '36.1',
      name: 'Gesundheitsamt',
      shortName: 'GA',
      parentUnit: { kind: 'Referat', code: 'SOS', name: 'Referat Soziales' },
      coordinator: { email: 'eakte.amt36@stuttgart.example', phone: '+49 711 216-0' },
    },
  ],
  ['department-update.schema.json', 'a removal', { coordinator: null }],
  [
    'process-create.schema.json',
    'the minimum',
    { key: 'P-32-0147', name: 'Gaststättenerlaubnis', department: '32', kind: 'department' },
  ],
  [
    'process-create.schema.json',
    'everything',
    {
      key: 'B-POSTEINGANG',
      name: 'Posteingang',
      description: 'Eingehende Post scannen und zuordnen',
      department: '12',
      kind: 'base',
      group: 'Querschnitt',
      leikaKey: '99123456789012',
      filingPlanRef: '020.10',
      documentTypes: ['Eingangsschreiben', 'Vermerk'],
      retentionYears: 10,
      disposal: 'B',
      annualCaseVolume: 120000,
      legalBasis: 'GemO BW',
      tags: ['Basis', 'OZG'],
    },
  ],
  ['process-update.schema.json', 'removals', { leikaKey: null, disposal: null, tags: [] }],
  ['diagram-status-change.schema.json', 'a release', { status: 'released', message: 'Fachlich freigegeben' }],
  ['adoption-create.schema.json', 'a department only', { department: '32' }],
  [
    'process-list-query.schema.json',
    'strings from a query string',
    { page: '2', pageSize: '20', department: ['32'] },
    'query',
  ],
  ['import-query.schema.json', 'valid rows only, dry run', { mode: 'valid', dryRun: 'true' }, 'query'],
];

/** [schema, what, payload, the field that fails, location]. */
const INVALID: Array<[string, string, unknown, string, ValueLocation?]> = [
  ['department-create.schema.json', 'a code with letters', { code: 'A1', name: 'Amt', shortName: 'A' }, '/code'],
  ['department-create.schema.json', 'a missing short name', { code: '32', name: 'Amt 32' }, '/shortName'],
  [
    'department-create.schema.json',
    "a coordinator's name (names live in accounts)",
    { code: '32', name: 'Amt 32', shortName: 'A', coordinator: { email: 'a@b.de', name: 'Frau Müller' } },
    '/coordinator/name',
  ],
  ['department-update.schema.json', 'nothing to change', {}, '/'],
  ['department-update.schema.json', 'a new code', { code: '33' }, '/code'],
  [
    'process-create.schema.json',
    'a LeiKa key of 13 digits',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'department', leikaKey: '9912345678901' },
    '/leikaKey',
  ],
  [
    'process-create.schema.json',
    'an unknown disposal type',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'department', disposal: 'X' },
    '/disposal',
  ],
  [
    'process-create.schema.json',
    'an unknown kind',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'variant' },
    '/kind',
  ],
  [
    'process-create.schema.json',
    'a lower-case key',
    { key: 'p-32-1', name: 'Xy', department: '32', kind: 'department' },
    '/key',
  ],
  [
    'process-create.schema.json',
    'duplicate document types',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'department', documentTypes: ['Antrag', 'Antrag'] },
    '/documentTypes',
  ],
  [
    'process-create.schema.json',
    'a negative case volume',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'department', annualCaseVolume: -1 },
    '/annualCaseVolume',
  ],
  [
    'process-create.schema.json',
    'a base process set by hand',
    { key: 'P-32-1', name: 'Xy', department: '32', kind: 'department', baseProcess: 'B-POST' },
    '/baseProcess',
  ],
  ['process-update.schema.json', 'a new department', { department: '51' }, '/department'],
  ['diagram-status-change.schema.json', 'an unknown status', { status: 'approved' }, '/status'],
  ['process-list-query.schema.json', 'a page size over the cap', { pageSize: '500' }, 'pageSize', 'query'],
  ['process-list-query.schema.json', 'an unknown sort', { sort: 'owner' }, 'sort', 'query'],
  ['import-query.schema.json', 'an unknown mode', { mode: 'some' }, 'mode', 'query'],
];

describe('ajv', () => {
  describe('#validator accepts', () => {
    for (const [schema, what, payload, location] of VALID) {
      it(`${schema}: ${what}`, () => {
        // given a payload a client may send, when it is validated, then it passes
        const result = validator(schema, location)(structuredClone(payload));
        assert.equal(result.ok, true, JSON.stringify(result.ok ? [] : result.errors));
      });
    }
  });

  describe('#validator refuses, naming the field', () => {
    for (const [schema, what, payload, field, location] of INVALID) {
      it(`${schema}: ${what} → ${field}`, () => {
        // given an invalid payload, when it is validated
        const result = validator(schema, location)(structuredClone(payload));
        // then it fails and the field details name the offending field
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.ok(
          result.errors.some((e) => e.field === field),
          `expected ${field} in ${JSON.stringify(result.errors)}`,
        );
      });
    }
  });

  describe('schemas', () => {
    it('each have a title (the generated type name) and an $id under one base', () => {
      for (const [file, schema] of Object.entries(schemas)) {
        assert.equal(typeof schema.title, 'string', file);
        assert.equal(schema.$id, `https://efile-rollout.example/schemas/${file}`);
      }
    });
  });
});
