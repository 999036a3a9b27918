/**
 * The e-file attributes of tasks and data objects, stored as attributes of the project's own BPMN
 * namespace (descriptor efile.json): `efile:documentType` and `efile:filingPlanRef`.
 */
import { is } from 'bpmn-js/lib/util/ModelUtil';

/** The namespace the attributes are written in. */
export const EFILE_NAMESPACE = 'https://efile-rollout.example/bpmn/efile';

/** The attribute names, with the namespace prefix. */
export const EFILE_ATTRIBUTES = {
  documentType: 'efile:documentType',
  filingPlanRef: 'efile:filingPlanRef',
} as const;

/** Tasks (of every kind) and data objects carry e-file attributes. */
export function hasFileAttributes(element: { businessObject?: unknown }): boolean {
  return is(element, 'bpmn:Task') || is(element, 'bpmn:DataObjectReference');
}

/** The filing plan reference rule of the process catalogue (Process.filingPlanRef). */
export const FILING_PLAN_REF = /^[0-9A-Za-z]+([./ -][0-9A-Za-z]+)*$/;
