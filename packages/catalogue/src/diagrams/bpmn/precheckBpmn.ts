/**
 * Cheap checks on the decoded text before it goes to the parser worker: is it XML at all,
 * does it carry a document type declaration (XXE, billion laughs), and is its root element
 * a BPMN 2.0 `definitions`. Linear in the prolog; nothing here walks the whole document
 * except one search for declarations.
 */
import { UnprocessableError } from '../../errors.js';

/** The namespace of the BPMN 2.0 model. */
export const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const fileError = (field: string, message: string) => [{ in: 'file' as const, field, message }];

/** Skips whitespace, the XML declaration, processing instructions and comments; returns the index of the root tag. */
function rootStart(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return -1;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return -1;
      i = end + 3;
    } else {
      return text[i] === '<' ? i : -1;
    }
  }
}

const NAME = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Throws UnprocessableError (422) with a reason when the text is not XML, declares a DTD or
 * entities, or its root element is not `definitions` in the BPMN 2.0 model namespace.
 */
export function precheckBpmn(text: string): void {
  const start = rootStart(text);
  if (start < 0) {
    throw new UnprocessableError('The file is not XML.', fileError('file', 'is not XML'));
  }
  // Entity expansion and external entities need a DTD; BPMN files never need one.
  if (/<!(DOCTYPE|ENTITY)\b/i.test(text)) {
    throw new UnprocessableError(
      'The file contains a DOCTYPE or ENTITY declaration, which BPMN files do not need and which is refused for safety.',
      fileError('file', 'contains a DOCTYPE or ENTITY declaration'),
    );
  }
  const name = NAME.exec(text.slice(start, start + 200));
  if (!name) throw new UnprocessableError('The file is not XML.', fileError('file', 'is not XML'));
  const [prefix, local] = name[2] === undefined ? [undefined, name[1]!] : [name[1]!, name[2]];
  const tagEnd = text.indexOf('>', start);
  if (tagEnd < 0) throw new UnprocessableError('The file is not XML.', fileError('file', 'is not XML'));
  const namespaceAttribute = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  let namespace: string | undefined;
  for (const match of text.slice(start, tagEnd).matchAll(ATTRIBUTE)) {
    if (match[1] === namespaceAttribute) namespace = match[2] ?? match[3];
  }
  const root = prefix === undefined ? local : `${prefix}:${local}`;
  if (local !== 'definitions' || namespace !== BPMN_MODEL_NS) {
    const found = namespace ? `<${root}> in the namespace ${namespace}` : `<${root}> without a namespace`;
    throw new UnprocessableError(
      `The file is not a BPMN 2.0 model: its root element is ${found}, not <definitions> in the namespace ${BPMN_MODEL_NS}.`,
      fileError('file', 'is not a BPMN 2.0 model'),
    );
  }
}
