/**
 * bpmn-js module: bpmnlint while modelling (bpmn-js-bpmnlint, configured through the modeler's
 * `linting` option with `administrativeLinting`) and the flat list of its findings.
 */
import lintingModule from 'bpmn-js-bpmnlint';
import LintIssues from './LintIssues';

export default {
  __depends__: [lintingModule],
  __init__: ['lintIssues'],
  lintIssues: ['type', LintIssues],
};
