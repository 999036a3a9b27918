/**
 * bpmn-moddle accepts only ids of the form `[prefix:]name` with ASCII letters, digits, `_`, `-`
 * and `.` (its check for XML names); an element with any other id (spaces from Bonita, umlauts,
 * markup such as `"><` in the Camunda Modeler's XSS test file) is dropped on import with a warning,
 * and a save would lose it. Such ids are renamed to valid ones before import instead, with every
 * reference to them (DI `bpmnElement`, `sourceRef`, `incoming`, …) following, and the renames are
 * reported so the user can be told.
 */
import { REFERENCE_ATTRIBUTES, REFERENCE_ELEMENTS } from './normalizeReferences';

/** One renamed id: as it was in the file (decoded) and as it is now. */
export interface RenamedId {
  from: string;
  to: string;
}

export interface RepairedIds {
  xml: string;
  /** In document order; empty when every id was valid (then `xml` is the input). */
  renamed: RenamedId[];
}

/** bpmn-moddle's (moddle-xml's) check of an id. */
const VALID_ID = /^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i;

/** Every `id` attribute (a cheap first look: most diagrams need no repair). */
const ID_ATTRIBUTE = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A start tag, with attribute values that may hold `>`. */
const START_TAG = /<[A-Za-z_][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;

/** One attribute of a start tag: name, then the value in double or single quotes. */
const ATTRIBUTE = /(\s)([^\s=/>]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;

const REFERENCE_ATTRIBUTE_NAMES = new Set(REFERENCE_ATTRIBUTES);

/** The text of an element that holds a reference (`<bpmn:incoming>Flow_1</bpmn:incoming>`). */
const REFERENCE_TEXT = new RegExp(
  `(<(?:[\\w.-]+:)?(?:${REFERENCE_ELEMENTS.join('|')})(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*)?>)([^<]*)(?=</)`,
  'g',
);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An attribute value or text as the parser reads it (character and predefined entity references). */
function decode(raw: string): string {
  return raw.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot|apos));/gi, (match, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return ENTITIES[(name as string).toLowerCase()] ?? match;
  });
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/**
 * A valid id close to the invalid one: umlauts spelled out, other characters as `_`; when nothing
 * is left, the element's type (`Task_repaired`).
 */
function validIdFor(invalid: string, tag: string): string {
  const spelled = invalid.replace(/[äöüÄÖÜß]/g, (letter) => UMLAUTS[letter] ?? '_');
  const plain = spelled
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '')
    .replace(/_+/g, '_');
  if (plain === '') {
    const local = /^(?:[\w.-]+:)?([A-Za-z][\w.-]*)/.exec(tag)?.[1] ?? 'Id';
    return `${local.charAt(0).toUpperCase()}${local.slice(1)}_repaired`;
  }
  return /^[a-z_]/i.test(plain) ? plain : `Id_${plain}`;
}

/** The decoded value of an attribute match (double or single quotes). */
const valueOf = (double: string | undefined, single: string | undefined) => decode(double ?? single ?? '');

/** True when some id of the XML would be rejected by bpmn-moddle. */
export function hasInvalidIds(xml: string): boolean {
  for (const match of xml.matchAll(ID_ATTRIBUTE)) {
    if (!VALID_ID.test(valueOf(match[1], match[2]))) return true;
  }
  return false;
}

/** The XML with invalid ids renamed and references following; unchanged when all ids are valid. */
export function repairIds(xml: string): RepairedIds {
  if (!hasInvalidIds(xml)) return { xml, renamed: [] };

  // every id of the document, then new names for the invalid ones (unique among all)
  const ids: Array<{ id: string; tag: string }> = [];
  for (const tag of xml.matchAll(START_TAG)) {
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      if (attribute[2] === 'id') ids.push({ id: valueOf(attribute[4], attribute[5]), tag: tag[0].slice(1) });
    }
  }
  const taken = new Set(ids.map(({ id }) => id).filter((id) => VALID_ID.test(id)));
  const renames = new Map<string, string>();
  for (const { id, tag } of ids) {
    if (VALID_ID.test(id) || renames.has(id)) continue;
    // a shape's `<element id>_di` follows its element's new name
    const stem = id.endsWith('_di') ? renames.get(id.slice(0, -3)) : undefined;
    const wanted = stem ? `${stem}_di` : validIdFor(id, tag);
    let candidate = wanted;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${wanted}_${n}`;
    taken.add(candidate);
    renames.set(id, candidate);
  }

  /** The new name of a reference (also written with a namespace prefix), if it names a renamed id. */
  const renamedRef = (value: string): string | undefined => {
    const direct = renames.get(value.trim());
    if (direct) return direct;
    const colon = value.indexOf(':');
    return colon > 0 ? renames.get(value.slice(colon + 1).trim()) : undefined;
  };

  const repaired = xml
    .replace(START_TAG, (tag) =>
      tag.replace(ATTRIBUTE, (match, space: string, name: string, equals: string, double?: string, single?: string) => {
        const value = valueOf(double, single);
        const to =
          name === 'id' ? renames.get(value) : REFERENCE_ATTRIBUTE_NAMES.has(name) ? renamedRef(value) : undefined;
        return to === undefined ? match : `${space}${name}${equals}"${to}"`;
      }),
    )
    .replace(REFERENCE_TEXT, (match, open: string, text: string) => {
      const to = renamedRef(decode(text));
      return to === undefined ? match : `${open}${to}`;
    });

  return { xml: repaired, renamed: [...renames].map(([from, to]) => ({ from, to })) };
}
