/** The part of bpmn-moddle (v10, ESM, no typings for its entry point) the seed's tests use to read diagrams back. */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $instanceOf(type: string): boolean;
    [property: string]: unknown;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: Array<{ message: string }>;
  }

  export interface BpmnModdleInstance {
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }

  export function BpmnModdle(packages?: Record<string, unknown>, options?: Record<string, unknown>): BpmnModdleInstance;
}
