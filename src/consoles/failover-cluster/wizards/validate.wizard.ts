// Validate a Configuration Wizard (Windows Server 2008 R2 Failover Cluster Manager; Test-Cluster):
// Before You Begin, Select Servers or a Cluster, Testing Options, Test Selection (only for "Run
// only tests I select"), Confirmation, Validating (the lab's `cluster.validate` job, one step per
// test), Summary (the lab's report by category, View Report… for the whole of it). Create Cluster
// opens it as a child wizard with its servers already chosen: Select Servers is skipped then.
import { computerNameProblem } from '../../../domain/names';
import { CLUSTER_CONFIGURATION_CATEGORY, VALIDATION_CATEGORIES, VALIDATION_TESTS, type ClusterValidation } from '../../../domain/validation';
import type { Job } from '../../../domain/jobs';
import { createWizardKit, treeLeaves, type TreeNode } from '../../../wizard/model';
import { COMMON, VALIDATE_WORDS } from './labels';
import { beforeYouBegin } from './before-you-begin';
import { validationFullText, validationSummaryText } from './report';

export type ValidateValues = {
  servers: readonly string[];
  testing: string;
  tests: readonly string[];
};

export interface ValidateContext {
  /** The computers Browse… offers: the lab's servers, as the domain lists them. */
  computers: readonly string[];
  /** The lab's clusters: a cluster's name in the list validates that cluster (its nodes, and Cluster Configuration). */
  clusters: readonly string[];
  /** Servers chosen by the wizard that opened this one (Create Cluster): Select Servers is skipped. */
  fixedServers?: readonly string[];
  /** The lab calendar's start (report times). */
  startEpochMs: number;
  /** The lab's report of a run, as the mirror holds it now. */
  validationOf(id: string): ClusterValidation | undefined;
}

/** The body of POST /cluster-validations: all tests unless the user chose some. */
export interface ValidationRequest {
  servers: string[];
  tests?: string[];
  cluster?: string;
}

const k = createWizardKit<ValidateValues, ValidateContext>();

const CATEGORY_PREFIX = 'category:';

/**
 * Categories → tests, in the order the lab runs them; a leaf's id is the test's name (what the
 * route takes). Cluster Configuration is offered only when an existing cluster is validated.
 */
export function validationTree(withCluster: boolean): readonly TreeNode[] {
  return VALIDATION_CATEGORIES.filter((category) => withCluster || category !== CLUSTER_CONFIGURATION_CATEGORY).map((category) => ({
    id: `${CATEGORY_PREFIX}${category}`,
    label: category,
    children: VALIDATION_TESTS.filter((test) => test.category === category).map((test) => ({ id: test.name, label: test.name })),
  }));
}

/** The cluster an entry of Select Servers or a Cluster names, as the lab spells it ("cluster1" → "Cluster1"). */
export function clusterNamed(values: Pick<ValidateValues, 'servers'>, ctx: Pick<ValidateContext, 'clusters'>): string | undefined {
  for (const entry of values.servers) {
    const found = ctx.clusters.find((name) => name.toLowerCase() === entry.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

export function toValidationRequest(values: ValidateValues, ctx: Pick<ValidateContext, 'clusters'>): ValidationRequest {
  const cluster = clusterNamed(values, ctx);
  // A cluster's name stands for its nodes (the lab validates them when no server is named).
  const servers = values.servers.filter((entry) => entry.toLowerCase() !== cluster?.toLowerCase());
  return {
    servers,
    ...(values.testing === 'selected' ? { tests: [...values.tests] } : {}),
    ...(cluster ? { cluster } : {}),
  };
}

/** The run a Validating or Summary page follows: the validation job's subject. */
export function validationIdOf(job: Job | null | undefined): string | undefined {
  return job?.subject.id;
}

const runOf = (ctx: ValidateContext, job: Job | null) => {
  const id = validationIdOf(job);
  return id === undefined ? undefined : ctx.validationOf(id);
};

export const validateWizard = k.wizard('fcm-validate', VALIDATE_WORDS.title, [
  beforeYouBegin(k, VALIDATE_WORDS.intro),
  k.form(
    'servers',
    VALIDATE_WORDS.selectServersTitle,
    [
      k.list('servers', {
        label: COMMON.selectedServers,
        entryLabel: COMMON.enterName,
        minEntries: 1,
        caseInsensitive: true,
        browse: (_v, ctx) => [...ctx.computers, ...ctx.clusters].map((name) => ({ id: name, label: name })),
        browseTitle: COMMON.selectComputers,
        validateEntry: (name) => computerNameProblem(name),
        default: (_v, ctx) => [...(ctx.fixedServers ?? [])],
        // The lab names an unknown server under `host`, an unknown cluster under `cluster`.
        owns: ['servers', 'host', 'cluster'],
      }),
    ],
    { description: VALIDATE_WORDS.selectServersDescription, visible: (_v, ctx) => ctx.fixedServers === undefined },
  ),
  k.form('options', VALIDATE_WORDS.testingOptionsTitle, [
    k.radio('testing', {
      label: VALIDATE_WORDS.testsLabel,
      default: 'all',
      options: [
        { id: 'all', label: VALIDATE_WORDS.runAll, description: VALIDATE_WORDS.runAllDescription },
        { id: 'selected', label: VALIDATE_WORDS.runSelected, description: VALIDATE_WORDS.runSelectedDescription },
      ],
      // The Confirmation page's line: all tests, or the ones chosen on Test Selection.
      summary: (testing, v) => (testing === 'selected' ? v.tests.join(', ') : VALIDATE_WORDS.allTests),
    }),
  ], { description: VALIDATE_WORDS.testingOptionsLabel }),
  k.form(
    'selection',
    VALIDATE_WORDS.testSelectionTitle,
    [
      k.tree('tests', {
        label: VALIDATE_WORDS.testSelectionLabel,
        nodes: (v, ctx) => validationTree(clusterNamed(v, ctx) !== undefined),
        default: (v, ctx) => treeLeaves(validationTree(clusterNamed(v, ctx) !== undefined)).map((leaf) => leaf.id),
        owns: ['tests'],
        summary: false,
      }),
    ],
    { visible: (v) => v.testing === 'selected' },
  ),
  k.summary('confirmation', COMMON.confirmation, {
    description: VALIDATE_WORDS.confirmationDescription,
    submitLabel: COMMON.next,
  }),
  k.progress('validating', VALIDATE_WORDS.validatingTitle, { description: VALIDATE_WORDS.validatingDescription, holdUntilEnded: true }),
  k.report('summary', COMMON.summary, {
    report: {
      fileName: VALIDATE_WORDS.reportFile,
      text: (_v, ctx, job) => validationSummaryText(runOf(ctx, job), ctx.startEpochMs),
      full: { label: COMMON.viewReport, title: VALIDATE_WORDS.reportTitle, text: (_v, ctx, job) => validationFullText(runOf(ctx, job), ctx.startEpochMs) },
    },
  }),
]);
