import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  cutoffMs,
  formatDay,
  instantKey,
  isoWeekLabel,
  isoWeekStartMs,
  monthsBetween,
  toMs,
  workingDays,
} from './calendar.js';

describe('calendar', () => {
  describe('#toMs', () => {
    /** [value, the instant it means, written as a canonical UTC instant]. */
    const VALID: Array<[string, string]> = [
      ['2024-03-04', '2024-03-04T00:00:00.000Z'],
      ['2024-03-04T10:15:00Z', '2024-03-04T10:15:00.000Z'],
      ['2024-03-04T10:15:00.250Z', '2024-03-04T10:15:00.250Z'],
      ['2024-03-04T10:15:00+01:00', '2024-03-04T09:15:00.000Z'],
      ['2024-03-04T00:30:00.000+02:00', '2024-03-03T22:30:00.000Z'],
      ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ];
    for (const [value, expected] of VALID) {
      it(`reads ${value}`, () => {
        assert.equal(new Date(toMs(value)).toISOString(), expected);
      });
    }

    const INVALID = [
      '2024-03-04T10:15:00',
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '04.03.2024',
      'yesterday',
      '',
      '2024-3-4',
    ];
    for (const value of INVALID) {
      it(`refuses ${JSON.stringify(value)}`, () => {
        assert.throws(() => toMs(value), RangeError);
      });
    }
  });

  describe('#cutoffMs', () => {
    it('takes the whole of a day and an instant up to itself', () => {
      // when the cut-offs of a day and an instant are taken
      const day = cutoffMs('2024-03-04');
      const instant = cutoffMs('2024-03-04T12:00:00Z');
      // then the day ends at the next midnight, the instant includes itself
      assert.equal(new Date(day).toISOString(), '2024-03-05T00:00:00.000Z');
      assert.equal(instant, Date.UTC(2024, 2, 4, 12) + 1);
    });
  });

  describe('#isoWeekStartMs / #isoWeekLabel', () => {
    /** [an instant, the Monday of its ISO week, the week's label]. */
    const WEEKS: Array<[string, string, string]> = [
      ['2024-01-01T00:00:00.000Z', '2024-01-01', '2024-W01'],
      ['2024-01-07T23:59:59.999Z', '2024-01-01', '2024-W01'],
      ['2024-01-08T00:00:00.000Z', '2024-01-08', '2024-W02'],
      ['2021-01-03T12:00:00.000Z', '2020-12-28', '2020-W53'],
      ['2024-12-31T08:00:00.000Z', '2024-12-30', '2025-W01'],
      ['2027-01-01T08:00:00.000Z', '2026-12-28', '2026-W53'],
      ['1970-01-01T00:00:00.000Z', '1969-12-29', '1970-W01'],
    ];
    for (const [instant, monday, label] of WEEKS) {
      it(`puts ${instant} in ${label}, starting ${monday}`, () => {
        const ms = toMs(instant);
        assert.equal(formatDay(isoWeekStartMs(ms)), monday);
        assert.equal(isoWeekLabel(ms), label);
      });
    }
  });

  describe('#workingDays', () => {
    /** [start, end, Monday-to-Friday days from start to end, both included]. */
    const CASES: Array<[string, string, number]> = [
      ['2024-01-01', '2024-01-05', 5],
      ['2024-01-06', '2024-01-07', 0],
      ['2024-01-01', '2024-01-31', 23],
      ['2024-01-05', '2024-01-08', 2],
      ['2024-01-03', '2024-01-03', 1],
      ['2024-01-31', '2024-01-01', 0],
      ['2024-01-01', '2024-03-31', 65],
    ];
    for (const [start, end, expected] of CASES) {
      it(`counts ${expected} from ${start} to ${end}`, () => {
        assert.equal(workingDays(start, end), expected);
      });
    }
  });

  describe('#addDays', () => {
    it('adds days to a day or to the day of an instant, across months', () => {
      assert.equal(addDays('2024-02-27', 3), '2024-03-01');
      assert.equal(addDays('2024-12-30T23:00:00Z', 7), '2025-01-06');
    });
  });

  describe('#addMonths', () => {
    /** [month, months to add, the month it gives]. */
    const CASES: Array<[string, number, string]> = [
      ['2026-11', 0, '2026-11'],
      ['2026-11', 1, '2026-12'],
      ['2026-11', 2, '2027-01'],
      ['2026-03', -5, '2025-10'],
      ['2026-01', -1, '2025-12'],
      ['2026-12', -24, '2024-12'],
    ];
    for (const [period, months, expected] of CASES) {
      it(`gives ${expected} for ${period} ${months >= 0 ? '+' : ''}${months}`, () => {
        assert.equal(addMonths(period, months), expected);
      });
    }
  });

  describe('#monthsBetween', () => {
    it('lists the months from one to another, both included, across a year', () => {
      // when the months from October 2026 to February 2027 are listed
      const months = monthsBetween('2026-10', '2027-02');
      // then there are five, oldest first
      assert.deepEqual(months, ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    });

    it('lists one month when both ends are the same, and none when the end is before the start', () => {
      // when a one-month range and a reversed one are listed
      const one = monthsBetween('2026-11', '2026-11');
      const reversed = monthsBetween('2026-11', '2026-10');
      // then
      assert.deepEqual(one, ['2026-11']);
      assert.deepEqual(reversed, []);
    });
  });

  describe('#instantKey', () => {
    it('keeps a canonical instant and rewrites any other form of one', () => {
      // when keys are taken of instants in several forms
      const keys = ['2024-03-04T10:15:00.000Z', '2024-03-04T10:15:00+01:00', '2024-03-04'].map(instantKey);
      // then each is the canonical UTC form, which orders as the instants do
      assert.deepEqual(keys, ['2024-03-04T10:15:00.000Z', '2024-03-04T09:15:00.000Z', '2024-03-04T00:00:00.000Z']);
      assert.ok((keys[1] as string) < (keys[0] as string));
    });

    it('refuses what is not an instant', () => {
      assert.throws(() => instantKey('2024-03-04T10:15'), RangeError);
    });
  });
});
