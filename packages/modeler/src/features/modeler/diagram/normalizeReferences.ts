/**
 * BPMN allows references as QNames (`bpmnElement="bpmn2:Task_1"`), and GenMyModel, Bonita and
 * others write them so; bpmn-moddle resolves only plain ids, which leaves such diagrams blank.
 * This strips the prefix from references whose prefix names the BPMN model or DI namespace, or the
 * document's own target namespace (IBM).
 */

const NAMESPACES = ['http://www.omg.org/spec/BPMN/20100524/MODEL', 'http://www.omg.org/spec/BPMN/20100524/DI'];

/** Attributes that hold references (QName or IDREF) in BPMN 2.0 and its DI. */
export const REFERENCE_ATTRIBUTES = [
  'bpmnElement',
  'labelStyle',
  'sourceElement',
  'targetElement',
  'processRef',
  'sourceRef',
  'targetRef',
  'calledElement',
  'categoryValueRef',
  'itemSubjectRef',
  'structureRef',
  'messageRef',
  'signalRef',
  'errorRef',
  'escalationRef',
  'dataStoreRef',
  'dataObjectRef',
  'operationRef',
  'inMessageRef',
  'outMessageRef',
  'attachedToRef',
  'default',
  'activityRef',
  'conditionRef',
  'definitionRef',
  'implementationRef',
];

/** Elements whose text is a reference. */
export const REFERENCE_ELEMENTS = [
  'incoming',
  'outgoing',
  'flowNodeRef',
  'sourceRef',
  'targetRef',
  'dataInputRefs',
  'dataOutputRefs',
  'inputSetRefs',
  'outputSetRefs',
  'optionalInputRefs',
  'optionalOutputRefs',
  'whileExecutingInputRefs',
  'whileExecutingOutputRefs',
  'eventDefinitionRef',
  'interfaceRef',
  'supportedInterfaceRef',
  'resourceRef',
  'categoryValueRef',
  'messageFlowRef',
  'participantRef',
  'correlationPropertyRef',
  'processRef',
  'dataStoreRef',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The prefixes the document binds to the BPMN model and DI namespaces and to its target namespace. */
function bpmnPrefixes(xml: string): string[] {
  const head = xml.slice(0, 20_000);
  const target = /\stargetNamespace\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  const namespaces = target ? [...NAMESPACES, target] : NAMESPACES;
  const prefixes = new Set<string>();
  for (const match of head.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    if (namespaces.includes(match[2] ?? '')) prefixes.add(match[1] ?? '');
  }
  prefixes.delete('');
  return [...prefixes];
}

/** The XML with prefixed references to BPMN elements turned into plain ids (unchanged when there are none). */
export function normalizeReferences(xml: string): string {
  const prefixes = bpmnPrefixes(xml);
  if (prefixes.length === 0) return xml;
  const prefix = `(?:${prefixes.map(escape).join('|')})`;
  const attributes = new RegExp(
    `(\\s(?:${REFERENCE_ATTRIBUTES.join('|')})\\s*=\\s*["'])${prefix}:(?=[\\w.-]+["'])`,
    'g',
  );
  const elements = new RegExp(
    `(<(?:[\\w.-]+:)?(?:${REFERENCE_ELEMENTS.join('|')})(?:\\s[^>]*)?>\\s*)${prefix}:(?=[\\w.-]+\\s*<)`,
    'g',
  );
  return xml.replace(attributes, '$1').replace(elements, '$1');
}
