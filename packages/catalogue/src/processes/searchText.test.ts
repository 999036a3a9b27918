import assert from 'node:assert/strict';
import { escapeRegex, searchTerms, searchText, sortKey } from './searchText.js';

/** Whether every term of `query` occurs in the search text of `parts`, as the listing matches. */
function finds(query: string, ...parts: string[]): boolean {
  const text = searchText(...parts);
  return searchTerms(query).every((term) => new RegExp(escapeRegex(term)).test(text));
}

describe('searchText', () => {
  describe('#searchText', () => {
    it('folds case, umlauts and ß, keeping the expanded and the stripped form of each word', () => {
      // when a name with umlauts and ß is folded
      const text = searchText('Müller-Straße Genehmigung');
      // then both spellings of the umlaut word are there, ß as ss, all lower case
      assert.deepEqual(text.split(' ').sort(), ['genehmigung', 'mueller', 'muller', 'strasse']);
    });

    it('joins several parts, skips missing ones and keeps each word once', () => {
      // when key, name and an absent description are folded
      const text = searchText('P-63-0001', 'Bauantrag prüfen', undefined, 'Bauantrag');
      // then each word appears once
      assert.deepEqual(text.split(' '), ['p', '63', '0001', 'bauantrag', 'pruefen', 'prufen']);
    });

    it('drops accents of other languages and punctuation', () => {
      assert.equal(searchText('Café; Résumé!'), 'cafe resume');
    });

    it('is empty for nothing to fold', () => {
      assert.equal(searchText(undefined, '', ' -/ '), '');
    });
  });

  describe('#searchTerms', () => {
    const cases: Array<[string, string[]]> = [
      ['Müller', ['mueller']],
      ['MULLER', ['muller']],
      ['Straße', ['strasse']],
      ['STRASSE', ['strasse']],
      ['  Gaststätten-Erlaubnis  ', ['gaststaetten', 'erlaubnis']],
      ['.*(', []],
      ['a b c d e f g h i j k l', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']],
    ];
    for (const [query, expected] of cases) {
      it(`folds ${JSON.stringify(query)} to ${JSON.stringify(expected)}`, () => {
        assert.deepEqual(searchTerms(query), expected);
      });
    }
  });

  describe('#escapeRegex', () => {
    it('makes every regex metacharacter literal', () => {
      // given a string full of metacharacters
      const raw = '.*+?^${}()|[]\\';
      // when escaped, then a regex of it matches exactly that string
      assert.ok(new RegExp(`^${escapeRegex(raw)}$`).test(raw));
      assert.equal(new RegExp(escapeRegex('a.b')).test('axb'), false);
    });
  });

  describe('German-aware matching', () => {
    const spellings = ['mueller', 'MULLER', 'Müller', 'müller', 'strasse', 'straße', 'STRASSE', 'müller straße'];
    for (const query of spellings) {
      it(`finds "Müller-Straße Genehmigung" by ${JSON.stringify(query)}`, () => {
        assert.equal(finds(query, 'Müller-Straße Genehmigung'), true);
      });
    }

    it('finds a word spelled out in the stored text by its umlaut', () => {
      assert.equal(finds('Müller', 'Mueller'), true);
    });

    it('needs every term to match', () => {
      assert.equal(finds('müller baum', 'Müller-Straße Genehmigung'), false);
    });
  });

  describe('#sortKey', () => {
    const table: Array<[string, string]> = [
      ['Änderung melden', 'anderung melden'],
      ['Straßenreinigung', 'strassenreinigung'],
      ['ÖPNV-Förderung', 'opnv-forderung'],
      ['Café-Konzession', 'cafe-konzession'],
      ['ZULASSUNG', 'zulassung'],
    ];
    for (const [name, key] of table) {
      it(`sorts "${name}" as "${key}"`, () => {
        // given a name, when its sort key is made, then umlauts are base letters, ß is ss and case is gone
        assert.equal(sortKey(name), key);
      });
    }
  });
});
