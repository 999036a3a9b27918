import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UnprocessableError } from '../../errors.js';
import { decodeXml } from './decodeXml.js';

const text = '<?xml version="1.0"?><a name="Größe ändern – Prüfung"/>';

describe('decodeXml', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['UTF-8 without declaration', Buffer.from(text, 'utf8'), 'UTF-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'UTF-8'],
    [
      'UTF-16LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'UTF-16LE',
    ],
    [
      'UTF-16BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'UTF-16BE',
    ],
  ];
  for (const [what, bytes, encoding] of cases) {
    it(`reads ${what}`, () => {
      // when the bytes are decoded
      const decoded = decodeXml(bytes);
      // then the text and the encoding are right and nothing is reported
      assert.equal(decoded.text, text);
      assert.equal(decoded.encoding, encoding);
      assert.deepEqual(decoded.warnings, []);
    });
  }

  it('reads a declared ISO-8859-1 file (bytes 0x80–0x9F as windows-1252)', () => {
    const latin = '<?xml version="1.0" encoding="ISO-8859-1"?><a name="Prüfung"/>';
    const decoded = decodeXml(Buffer.from(latin, 'latin1'));
    assert.equal(decoded.text, latin);
    assert.equal(decoded.encoding, 'ISO-8859-1');
  });

  it('reads a declared windows-1252 file with the euro sign', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a name="5 '),
      Buffer.from([0x80]),
      Buffer.from('"/>'),
    ]);
    assert.equal(decodeXml(bytes).text, '<?xml version="1.0" encoding="windows-1252"?><a name="5 €"/>');
  });

  it('reads a file that declares UTF-8 but holds Latin-1 bytes as windows-1252 and warns', () => {
    // given Latin-1 bytes under a UTF-8 declaration
    const bytes = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a name="Prüfung für Ämter"/>', 'latin1');
    // when they are decoded
    const decoded = decodeXml(bytes);
    // then the umlauts survive and a warning says what happened
    assert.match(decoded.text, /Prüfung für Ämter/);
    assert.equal(decoded.text.includes('\uFFFD'), false);
    assert.equal(decoded.encoding, 'windows-1252');
    assert.match(decoded.warnings[0] ?? '', /declares UTF-8 but is not valid UTF-8/);
  });

  it('keeps the umlauts of the GenMyModel C.1.0 export', () => {
    const path = new URL(
      '../../../../../../shared/fixtures/bpmn/miwg/GenMyModel 0.47/C.1.0-export.bpmn',
      import.meta.url,
    );
    const decoded = decodeXml(readFileSync(path));
    assert.match(decoded.text, /ä/);
    assert.equal(decoded.text.includes('\uFFFD'), false);
  });

  const refused: Array<[string, Buffer, string]> = [
    ['no bytes', Buffer.alloc(0), 'file'],
    ['only whitespace', Buffer.from(' \r\n\t'), 'file'],
    ['an unknown declared encoding', Buffer.from('<?xml version="1.0" encoding="x-klingon"?><a/>'), 'encoding'],
    ['invalid UTF-16 after its byte-order mark', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'file'],
  ];
  for (const [what, bytes, field] of refused) {
    it(`refuses ${what} naming ${field}`, () => {
      assert.throws(
        () => decodeXml(bytes),
        (err: unknown) => err instanceof UnprocessableError && err.errors?.[0]?.field === field,
      );
    });
  }
});
