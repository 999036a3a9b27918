import assert from 'node:assert/strict';
import { decodeText } from './decodeText.js';

describe('decodeText', () => {
  const cases: Array<[string, Buffer, string | undefined, string, string]> = [
    ['UTF-8 without BOM', Buffer.from('Schlüssel;Name', 'utf8'), undefined, 'Schlüssel;Name', 'utf-8'],
    [
      'UTF-8 with BOM (BOM removed)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Schlüssel', 'utf8')]),
      undefined,
      'Schlüssel',
      'utf-8-bom',
    ],
    [
      'windows-1252 umlauts',
      Buffer.from('Prüfung; Größe; Maß', 'latin1'),
      undefined,
      'Prüfung; Größe; Maß',
      'windows-1252',
    ],
    [
      'windows-1252 characters Node decodes as latin1 (€ „ “ –)',
      Buffer.from([0x80, 0x20, 0x84, 0x41, 0x93, 0x20, 0x96, 0x20, 0xfc]),
      undefined,
      '€ „A“ – ü',
      'windows-1252',
    ],
    ['declared latin1 honoured', Buffer.from('Ã¼', 'utf8'), 'ISO-8859-1', 'ÃƒÂ¼', 'windows-1252'],
    ['declared utf-8 verified, falls back', Buffer.from('Prüfung', 'latin1'), 'utf-8', 'Prüfung', 'windows-1252'],
    ['plain ASCII', Buffer.from('Key;Name', 'ascii'), undefined, 'Key;Name', 'utf-8'],
  ];
  for (const [what, bytes, charset, text, encoding] of cases) {
    it(`decodes ${what}`, () => {
      // when the bytes are decoded
      const decoded = decodeText(bytes, charset);
      // then text and encoding are as expected
      assert.equal(decoded.text, text);
      assert.equal(decoded.encoding, encoding);
    });
  }
});
