/**
 * Turns the bytes of an uploaded XML file into text without losing characters: byte-order
 * mark first, then the XML declaration's encoding, and for files that declare UTF-8 but
 * hold Latin-1 bytes (as some tools export them) a fallback to windows-1252 with a warning,
 * so umlauts never silently become U+FFFD.
 */
import { UnprocessableError } from '../../errors.js';

export interface DecodedXml {
  text: string;
  /** The encoding the text was read with, e.g. `UTF-8`, `UTF-16LE`, `ISO-8859-1`, `windows-1252`. */
  encoding: string;
  /** Problems with the declared encoding that were worked around. */
  warnings: string[];
}

/** Declared encodings we read, by lower-case label: [TextDecoder label, name we report]. */
const DECLARED: Record<string, [string, string]> = {
  'utf-8': ['utf-8', 'UTF-8'],
  utf8: ['utf-8', 'UTF-8'],
  'us-ascii': ['utf-8', 'UTF-8'],
  ascii: ['utf-8', 'UTF-8'],
  // WHATWG TextDecoder reads ISO-8859-1 as windows-1252, its superset for the bytes 0x80–0x9F.
  'iso-8859-1': ['windows-1252', 'ISO-8859-1'],
  'iso_8859-1': ['windows-1252', 'ISO-8859-1'],
  latin1: ['windows-1252', 'ISO-8859-1'],
  'latin-1': ['windows-1252', 'ISO-8859-1'],
  'windows-1252': ['windows-1252', 'windows-1252'],
  cp1252: ['windows-1252', 'windows-1252'],
  'iso-8859-15': ['iso-8859-15', 'ISO-8859-15'],
  'utf-16': ['utf-16le', 'UTF-16LE'],
  'utf-16le': ['utf-16le', 'UTF-16LE'],
  'utf-16be': ['utf-16be', 'UTF-16BE'],
};

const DECLARATION = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;

function empty(): UnprocessableError {
  return new UnprocessableError('The file is empty.', [{ in: 'file', field: 'file', message: 'is empty' }]);
}

/** windows-1252's characters for the bytes 0x80–0x9F (undefined ones stay C1 controls, as WHATWG says). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 and
 * leaves 0x80–0x9F (€, „, “, –, …) as control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** The byte-order mark's encoding, if the bytes start with one (or with `<` in UTF-16 without one). */
function sniffUtf16OrBom(bytes: Uint8Array): [string, string] | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return ['utf-8', 'UTF-8'];
  if (a === 0xff && b === 0xfe) return ['utf-16le', 'UTF-16LE'];
  if (a === 0xfe && b === 0xff) return ['utf-16be', 'UTF-16BE'];
  if (a === 0x3c && b === 0x00) return ['utf-16le', 'UTF-16LE'];
  if (a === 0x00 && b === 0x3c) return ['utf-16be', 'UTF-16BE'];
  return undefined;
}

/**
 * Decodes an XML file's bytes. Throws UnprocessableError (422) for an empty file and for
 * an encoding we cannot read.
 */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  if (bytes.length === 0) throw empty();
  const warnings: string[] = [];
  const bom = sniffUtf16OrBom(bytes);
  let text: string;
  let encoding: string;

  if (bom) {
    [, encoding] = bom;
    try {
      // TextDecoder drops the byte-order mark itself.
      text = decode(bom[0], bytes, true);
    } catch {
      throw new UnprocessableError(`The file starts like ${encoding} but is not valid ${encoding}.`, [
        { in: 'file', field: 'file', message: `is not valid ${encoding}` },
      ]);
    }
  } else {
    // The declaration is ASCII in every encoding we accept without a byte-order mark.
    const head = decodeWindows1252(bytes.subarray(0, 200));
    const declared = DECLARATION.exec(head)?.[1];
    const known = declared ? DECLARED[declared.toLowerCase()] : DECLARED['utf-8'];
    if (!known) {
      throw new UnprocessableError(
        `The file declares the encoding "${declared}", which is not supported (use UTF-8, UTF-16, ISO-8859-1 or windows-1252).`,
        [{ in: 'file', field: 'encoding', message: `"${declared}" is not a supported encoding` }],
      );
    }
    [, encoding] = known;
    // Without a byte-order mark and with a declaration readable as ASCII, the file is not UTF-16.
    const eightBit = known[0].startsWith('utf-16') ? DECLARED['utf-8']! : known;
    if (eightBit !== known) {
      warnings.push(`The file declares ${declared} but is an 8-bit encoding; it was read as UTF-8.`);
      encoding = 'UTF-8';
    }
    if (eightBit[0] === 'utf-8') {
      try {
        text = decode('utf-8', bytes, true);
      } catch {
        // Declared (or assumed) UTF-8, but the bytes are not: Latin-1 exports do this.
        text = decode('windows-1252', bytes);
        warnings.push(
          `The file ${declared ? `declares ${declared}` : 'has no encoding declaration'} but is not valid UTF-8; it was read as windows-1252 (Latin-1).`,
        );
        encoding = 'windows-1252';
      }
    } else {
      text = decode(eightBit[0], bytes);
    }
  }
  if (text.trim().length === 0) throw empty();
  return { text, encoding, warnings };
}
