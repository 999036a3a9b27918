/**
 * The bpmnlint configuration for administrative processes, with a resolver that maps rule names to
 * statically imported rule modules (no webpack loader, no Node resolver in the browser).
 *
 * What the rules ask of a Verwaltungsprozess: it starts and ends explicitly, every element has a
 * name and is connected, it branches only at gateways; joins without a gateway ("fake join") are
 * common in practice and readable, so they are allowed.
 */
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { RuleFactory } from 'bpmnlint';

/** error, warn, info or off, as bpmnlint names them. */
export type RuleSetting = 'error' | 'warn' | 'info' | 'off';

/** The rules bundled for the browser, by their bpmnlint names. */
export const BUNDLED_RULES: Readonly<Record<string, RuleFactory>> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-termination': superfluousTermination,
};

/** The rule settings for administrative processes. */
export const ADMINISTRATIVE_RULES: Readonly<Record<string, RuleSetting>> = {
  'start-event-required': 'error',
  'end-event-required': 'error',
  'no-disconnected': 'error',
  'label-required': 'error',
  'no-implicit-split': 'error',
  'no-duplicate-sequence-flows': 'error',
  'single-event-definition': 'error',
  'event-based-gateway': 'error',
  'link-event': 'error',
  'ad-hoc-sub-process': 'error',
  'event-sub-process-typed-start-event': 'error',
  'sub-process-blank-start-event': 'error',
  'no-implicit-start': 'warn',
  'no-implicit-end': 'warn',
  'conditional-flows': 'warn',
  'no-gateway-join-fork': 'warn',
  'single-blank-start-event': 'warn',
  'superfluous-gateway': 'warn',
  'no-complex-gateway': 'warn',
  'no-inclusive-gateway': 'warn',
  'no-overlapping-elements': 'warn',
  'superfluous-termination': 'info',
  // a join without a gateway is readable and common in administrative flows
  'fake-join': 'off',
};

/** Resolves `bpmnlint` rules from the bundled modules; no other packages, no shared configs. */
export const bundledRuleResolver = {
  resolveRule(pkg: string, ruleName: string): RuleFactory | null {
    if (pkg !== 'bpmnlint') return null;
    return BUNDLED_RULES[ruleName] ?? null;
  },
  resolveConfig(): null {
    return null;
  },
};

/** The `linting.bpmnlint` option of bpmn-js-bpmnlint. */
export const administrativeLinting = {
  config: {
    // rules switched off need not be bundled
    rules: Object.fromEntries(Object.entries(ADMINISTRATIVE_RULES).filter(([, setting]) => setting !== 'off')),
  },
  resolver: bundledRuleResolver,
};
