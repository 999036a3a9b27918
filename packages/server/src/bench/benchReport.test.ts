import assert from 'node:assert/strict';
import { table } from './benchReport.js';

describe('benchReport', () => {
  describe('#table', () => {
    it('pads the columns the way Prettier formats Markdown tables', () => {
      // given a header, rows of uneven width and a right-aligned column
      // when the table is rendered
      const lines = table(
        ['Query', 'Ratio', 'Result'],
        [
          ['q, two terms (umlaut)', '0.93×', 'PASS'],
          ['tag', '12.00×', 'MISS'],
        ],
        ['l', 'r', 'l'],
      );
      // then every column has the width of its widest cell, numbers align right
      assert.deepEqual(lines, [
        '| Query                 |  Ratio | Result |',
        '| --------------------- | -----: | ------ |',
        '| q, two terms (umlaut) |  0.93× | PASS   |',
        '| tag                   | 12.00× | MISS   |',
      ]);
    });

    it('escapes pipes and keeps empty cells at least three wide', () => {
      // given a cell with a pipe and empty cells
      // when the table is rendered
      const lines = table(['A', 'B'], [['x|y', '']], ['l', 'r']);
      // then the pipe cannot split the cell and the rule is never shorter than ---
      assert.deepEqual(lines, ['| A    |   B |', '| ---- | --: |', '| x\\|y |     |']);
    });
  });
});
