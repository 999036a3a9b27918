/**
 * Types of the bpmn-io packages the modeler uses that ship none (only what we call).
 */

declare module 'bpmnlint' {
  /** A rule: `check` per visited element, reporting findings. */
  export interface Rule {
    check: unknown;
    meta?: { documentation?: { url?: string } };
  }
  export type RuleFactory = (config?: unknown) => Rule;
  export interface LinterOptions {
    config: { rules: Record<string, string> };
    resolver: {
      resolveRule(pkg: string, ruleName: string): RuleFactory | null;
      resolveConfig(pkg: string, configName: string): unknown;
    };
  }
}

declare module 'bpmnlint/rules/*' {
  import type { RuleFactory } from 'bpmnlint';
  const rule: RuleFactory;
  export default rule;
}

declare module 'bpmn-js-bpmnlint' {
  const lintingModule: Record<string, unknown>;
  export default lintingModule;
}

declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  /** A service of the modeler, inside a properties panel component. */
  export function useService(name: string): unknown;
}

declare module '@bpmn-io/properties-panel' {
  import type { FunctionComponent } from '@bpmn-io/properties-panel/preact';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export const TextFieldEntry: FunctionComponent<any>;
  export function isTextFieldEntryEdited(node: unknown): boolean;
}

declare module 'bpmn-auto-layout' {
  /** Lays out the first process (or the first participant's) and answers the XML with diagram interchange. */
  export function layoutProcess(xml: string): Promise<string>;
}

declare module 'bpmn-js-differ' {
  /** What changed from one BPMN definitions tree to another, by element id. */
  export interface DiffResult {
    _added: Record<string, { $type: string; id: string }>;
    _removed: Record<string, { $type: string; id: string }>;
    _changed: Record<
      string,
      { model: { $type: string; id: string }; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }
    >;
    _layoutChanged: Record<string, { $type: string; id: string }>;
  }
  export function diff(a: unknown, b: unknown): DiffResult;
}
