/**
 * Adds the group "E-Akte" (document type, filing plan reference) to the properties panel of tasks
 * and data objects. Changes go through `modeling.updateProperties`, so they can be undone.
 */
import { h } from '@bpmn-io/properties-panel/preact';
import { useCallback } from '@bpmn-io/properties-panel/preact/hooks';
import { TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { Element } from 'bpmn-js/lib/model/Types';
import { EFILE_ATTRIBUTES, FILING_PLAN_REF, hasFileAttributes } from './efileAttributes';

type Translate = (template: string) => string;

interface EntryProps {
  element: Element;
  id: string;
}

interface Entry {
  id: string;
  component: (props: EntryProps) => unknown;
}

interface Group {
  id: string;
  label: string;
  entries: Array<Entry & { element: Element; isEdited: unknown }>;
}

interface PropertiesPanel {
  registerProvider(priority: number, provider: EfilePropertiesProvider): void;
}

interface Modeling {
  updateProperties(element: Element, properties: Record<string, unknown>): void;
}

interface TextEntryOptions {
  attribute: string;
  label: string;
  description: string;
  /** An error message (an English template) for an invalid value, or null. */
  validate?: (value: string) => string | null;
}

/** A text field bound to one e-file attribute; empty removes the attribute. */
function textEntry({ attribute, label, description, validate }: TextEntryOptions): Entry['component'] {
  return function EfileTextEntry({ element, id }: EntryProps) {
    const modeling = useService('modeling') as Modeling;
    const debounce = useService('debounceInput') as <T>(fn: T) => T;
    const translate = useService('translate') as Translate;
    const businessObject = element.businessObject as { get(name: string): string | undefined };
    const check = useCallback(
      (value: string | undefined) => {
        const error = value && validate ? validate(value.trim()) : null;
        return error ? translate(error) : null;
      },
      [translate],
    );
    return h(TextFieldEntry, {
      element,
      id,
      label: translate(label),
      description: translate(description),
      getValue: () => businessObject.get(attribute) ?? '',
      setValue: (value: string | undefined, error: string | null) => {
        if (error) return; // the field shows the error; the diagram keeps the last valid value
        const trimmed = (value ?? '').trim();
        modeling.updateProperties(element, { [attribute]: trimmed === '' ? undefined : trimmed });
      },
      debounce,
      validate: check,
    });
  };
}

const ENTRIES: Entry[] = [
  {
    id: 'efile-documentType',
    component: textEntry({
      attribute: EFILE_ATTRIBUTES.documentType,
      label: 'Document type',
      description: 'Which document type the step files or processes in the e-file, e.g. decision notice.',
    }),
  },
  {
    id: 'efile-filingPlanRef',
    component: textEntry({
      attribute: EFILE_ATTRIBUTES.filingPlanRef,
      label: 'Filing plan reference',
      description: 'Where it is filed, e.g. 0.10.1 or 020.10.',
      validate: (value) =>
        FILING_PLAN_REF.test(value) ? null : 'Digits and letters, separated by dot, slash, dash or space.',
    }),
  },
];

/** The provider of the "E-Akte" group; registered by the module in index.ts. */
export default class EfilePropertiesProvider {
  static $inject = ['propertiesPanel', 'translate'];

  constructor(
    propertiesPanel: PropertiesPanel,
    private readonly translate: Translate,
  ) {
    // after the default provider (priority 1000), so the group follows General and Documentation
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: Element): (groups: Group[]) => Group[] {
    return (groups) => {
      if (!hasFileAttributes(element)) return groups;
      groups.push({
        id: 'efile',
        label: this.translate('E-file'),
        entries: ENTRIES.map((entry) => ({ ...entry, element, isEdited: isTextFieldEntryEdited })),
      });
      return groups;
    };
  }
}
