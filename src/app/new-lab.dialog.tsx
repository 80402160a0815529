// File > New Lab…: seed, scenario, OS version and cluster nodes. Each field is checked as it is
// typed with a message naming the field and its rule; the lab's own answer maps onto the fields.
import type { ApiClient } from '../api/client';
import {
  CLUSTER_NODES_MAX,
  CLUSTER_NODES_MIN,
  DEFAULT_CLUSTER_NODES,
  DEFAULT_OS_VERSION,
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  OS_DISPLAY_NAMES,
  OS_VERSIONS,
  SCENARIOS,
  SEED_MAX,
  SEED_MIN,
  type OsVersion,
  type ScenarioName,
} from '../domain/lab';
import { scenarioOptionsProblem } from '../domain/scenarios';
import { FormDialog } from '../wizard/form-dialog';
import { labRequest } from '../wizard/lab-request';
import { createWizardKit } from '../wizard/model';

export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  'seed-lab': 'Seed lab: SWS.com, SWS-DC, two storage servers, cluster node candidates',
  'seed-lab-ready': 'Seed lab, ready: HA1 and HA2 synchronized, Cluster1 with a CSV, VM1 running on Demo1',
};

type NewLabValues = { seed: number; scenario: string; osVersion: string; clusterNodes: number };
const k = createWizardKit<NewLabValues, null>();

function wholeIn(min: number, max: number, message: string) {
  return (value: number) => (Number.isInteger(value) && value >= min && value <= max ? undefined : message);
}

const nodesInRange = wholeIn(CLUSTER_NODES_MIN, CLUSTER_NODES_MAX, `Cluster nodes must be a whole number from ${CLUSTER_NODES_MIN} to ${CLUSTER_NODES_MAX}.`);

export const newLabDialog = k.dialog(
  'new-lab',
  'New Lab',
  [
    k.number('seed', {
      label: 'Seed',
      default: DEFAULT_SEED,
      validate: wholeIn(SEED_MIN, SEED_MAX, `Seed must be a whole number from ${SEED_MIN} to ${SEED_MAX}.`),
      explanation: 'The same seed and the same actions give the same lab.',
    }),
    k.select('scenario', { label: 'Scenario', default: DEFAULT_SCENARIO, options: SCENARIOS.map((id) => ({ id, label: SCENARIO_LABELS[id] })) }),
    k.select('osVersion', { label: 'Operating system', default: DEFAULT_OS_VERSION, options: OS_VERSIONS.map((id) => ({ id, label: OS_DISPLAY_NAMES[id] })), owns: ['osVersion', 'options.osVersion'] }),
    k.number('clusterNodes', {
      label: 'Cluster nodes',
      default: DEFAULT_CLUSTER_NODES,
      // The ready scenario clusters every node: the OS version's cluster limit applies too.
      validate: (value, values) => nodesInRange(value) ?? scenarioOptionsProblem(values.scenario as ScenarioName, values.osVersion as OsVersion, value, 'Cluster nodes'),
      explanation: `Demo1 to DemoN, from ${CLUSTER_NODES_MIN} to ${CLUSTER_NODES_MAX}.`,
      owns: ['clusterNodes', 'options.clusterNodes'],
    }),
  ],
  { description: 'A new lab replaces the current one, its servers, events and clock.' },
);

export const NEW_LAB_LABELS = { ok: 'Create', cancel: 'Cancel', notReady: 'The lab is not ready yet.' } as const;

export function NewLabDialog({ api, onClose }: { api: ApiClient | null; onClose(): void }) {
  const submit = async (v: NewLabValues) => {
    if (!api) return { message: NEW_LAB_LABELS.notReady };
    return labRequest<NewLabValues, 'newLab'>({
      api,
      route: 'newLab',
      body: () => ({ seed: v.seed, scenario: v.scenario as ScenarioName, options: { osVersion: v.osVersion as OsVersion, clusterNodes: v.clusterNodes } }),
    }).submit(v);
  };
  return <FormDialog definition={newLabDialog} context={null} submit={submit} onClose={onClose} labels={NEW_LAB_LABELS} widthClassName="w-[480px]" />;
}
