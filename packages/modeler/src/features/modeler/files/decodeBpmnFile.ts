/**
 * Reads the bytes of a BPMN file the way the server does: a byte-order mark wins, then the XML
 * declaration; a file that declares (or defaults to) UTF-8 but holds Latin-1 bytes (GenMyModel
 * exports) is read as windows-1252 instead of turning umlauts into U+FFFD. The app's one way from
 * BPMN bytes to text: files opened from disk, and stored versions for the modeler and the process
 * page's preview (the API serves them as uploaded, e.g. ISO-8859-1).
 */

export interface DecodedFile {
  text: string;
  /** The encoding the text was read with. */
  encoding: string;
  /** Set when the declaration was wrong: what it declared. */
  declared?: string;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** The encoding named in the XML declaration, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 300));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined; // a label the browser does not know
  }
}

/** The decoded text is Unicode now: its XML declaration must not name the file's encoding any more. */
function declareUtf8(text: string): string {
  return text.replace(/^(\s*<\?xml[^>]*\bencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** Decodes a BPMN file to text (with an XML declaration that says UTF-8, as the text is Unicode). */
export function decodeBpmnFile(buffer: ArrayBuffer): DecodedFile {
  const bytes = new Uint8Array(buffer);
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: declareUtf8(new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip))),
      encoding: bom.encoding,
    };
  }
  const declared = declaredEncoding(bytes);
  const decoder = (declared && decoderFor(declared)) || new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: declareUtf8(decoder.decode(bytes)), encoding: decoder.encoding };
  } catch {
    // declared (or defaulted to) UTF-8 but not valid UTF-8: Latin-1 bytes in practice
    return {
      text: declareUtf8(new TextDecoder('windows-1252').decode(bytes)),
      encoding: 'windows-1252',
      declared: declared ?? 'utf-8',
    };
  }
}
