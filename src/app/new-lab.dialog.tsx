// File > New Lab…: seed, scenario, OS version and cluster nodes. Each field is checked as it is
// typed with a message naming the field and its rule; the lab's own answer maps onto the fields.
import { useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
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
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { NumberField, SelectField } from '../ui/fields';

export const SCENARIO_LABELS: Record<ScenarioName, string> = {
  'seed-lab': 'Seed lab: SWS.com, SWS-DC, two storage servers, cluster node candidates',
};

export interface NewLabValues {
  seed: number;
  scenario: ScenarioName;
  osVersion: OsVersion;
  clusterNodes: number;
}

type FieldErrors = Partial<Record<keyof NewLabValues, string>>;

function wholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export function validateNewLab(values: NewLabValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!wholeIn(values.seed, SEED_MIN, SEED_MAX)) errors.seed = `Seed must be a whole number from ${SEED_MIN} to ${SEED_MAX}.`;
  if (!wholeIn(values.clusterNodes, CLUSTER_NODES_MIN, CLUSTER_NODES_MAX)) {
    errors.clusterNodes = `Cluster nodes must be a whole number from ${CLUSTER_NODES_MIN} to ${CLUSTER_NODES_MAX}.`;
  }
  return errors;
}

/** The lab's field names ("options.clusterNodes") onto the dialog's. */
function fieldOf(path: string): keyof NewLabValues | null {
  const last = path.split('.').pop() ?? '';
  return last === 'seed' || last === 'scenario' || last === 'osVersion' || last === 'clusterNodes' ? last : null;
}

export function NewLabDialog({ api, onClose }: { api: ApiClient | null; onClose(): void }) {
  const [values, setValues] = useState<NewLabValues>({ seed: DEFAULT_SEED, scenario: DEFAULT_SCENARIO, osVersion: DEFAULT_OS_VERSION, clusterNodes: DEFAULT_CLUSTER_NODES });
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = { ...serverErrors, ...validateNewLab(values) };
  const valid = Object.keys(validateNewLab(values)).length === 0;

  const set = <K extends keyof NewLabValues>(key: K, value: NewLabValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setServerErrors((current) => ({ ...current, [key]: undefined }));
  };

  const create = async () => {
    if (!valid || !api) return;
    setBusy(true);
    setFormError(null);
    try {
      await api.call('newLab', { body: { seed: values.seed, scenario: values.scenario, options: { osVersion: values.osVersion, clusterNodes: values.clusterNodes } } });
      onClose();
    } catch (error) {
      if (error instanceof ApiError) {
        const mapped: FieldErrors = {};
        for (const [path, message] of Object.entries(error.problem.errors ?? {})) {
          const field = fieldOf(path);
          if (field) mapped[field] = message;
        }
        setServerErrors(mapped);
        setFormError(error.problem.detail);
      } else {
        setFormError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="New Lab"
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[480px]"
      footer={
        <>
          <Button variant="primary" onPress={() => void create()} isDisabled={!valid || busy || !api}>
            Create
          </Button>
          <Button onPress={onClose}>Cancel</Button>
        </>
      }
    >
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <p className="text-muted">A new lab replaces the current one, its servers, events and clock.</p>
        <NumberField
          name="seed"
          label="Seed"
          value={values.seed}
          onChange={(seed) => set('seed', seed)}
          errorMessage={errors.seed}
          description="The same seed and the same actions give the same lab."
        />
        <SelectField
          name="scenario"
          label="Scenario"
          value={values.scenario}
          options={SCENARIOS.map((id) => ({ id, label: SCENARIO_LABELS[id] }))}
          onChange={(scenario) => set('scenario', scenario as ScenarioName)}
          errorMessage={errors.scenario}
        />
        <SelectField
          name="osVersion"
          label="Operating system"
          value={values.osVersion}
          options={OS_VERSIONS.map((id) => ({ id, label: OS_DISPLAY_NAMES[id] }))}
          onChange={(osVersion) => set('osVersion', osVersion as OsVersion)}
          errorMessage={errors.osVersion}
        />
        <NumberField
          name="clusterNodes"
          label="Cluster nodes"
          value={values.clusterNodes}
          onChange={(clusterNodes) => set('clusterNodes', clusterNodes)}
          errorMessage={errors.clusterNodes}
          description={`Demo1 to DemoN, from ${CLUSTER_NODES_MIN} to ${CLUSTER_NODES_MAX}.`}
        />
        {formError && (
          <p role="alert" className="rounded-[3px] border border-error bg-error-soft px-2 py-1 text-error">
            {formError}
          </p>
        )}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
