/**
 * Character decoding of uploaded import files. German Excel saves "CSV (Trennzeichen-getrennt)" in
 * windows-1252 and "CSV UTF-8" with a byte order mark; other tools write UTF-8 without one.
 */
import type { ImportReport } from '@efile/schemas';

export type TextEncoding = ImportReport['encoding'];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Node's TextDecoder decodes windows-1252 as ISO-8859-1, leaving bytes 0x80–0x9F as C1 control
 * characters; these are the windows-1252 characters at those positions (€ „ “ ” – … and more).
 */
const WINDOWS_1252_C1: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin = new TextDecoder('windows-1252');

function decodeWindows1252(bytes: Uint8Array): string {
  return latin.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0)] ?? c);
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Charset names (lower case) a client may declare for windows-1252 text; WHATWG treats latin1 as windows-1252. */
const WINDOWS_1252_NAMES = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso-8859-15', 'latin1', 'us-ascii']);

/**
 * Decodes file bytes: UTF-8 (a byte order mark is removed) when the bytes are valid UTF-8,
 * windows-1252 otherwise. A declared windows-1252/latin1 charset is honoured as is, since
 * such text can by chance also be valid UTF-8; any other declaration is verified by decoding.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (declaredCharset && WINDOWS_1252_NAMES.has(declaredCharset.toLowerCase())) {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  const bom = hasUtf8Bom(bytes);
  try {
    // TextDecoder removes the BOM itself (ignoreBOM is false by default).
    return { text: utf8.decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
