// MPIO Path Details: one path's state (Active/Optimized or Standby, where the policy has standby
// paths) and weight (Weighted Paths). The weight's range is checked here with the lab's own bounds;
// the lab checks everything again when the tab's draft is applied.
import { useState } from 'react';
import { PATH_WEIGHT_MAX, PATH_WEIGHT_MIN, type DiskPathView } from '../../domain/disks';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumberField, RadioGroupField } from '../../ui/fields';
import { PropertyList } from '../../ui/property-list';
import { usesStandby, usesWeights, type PathEdit } from './disk-mpio.tab';
import { CANCEL, DISK, OK } from './labels';

export function weightProblem(weight: number): string | undefined {
  if (!Number.isInteger(weight) || weight < PATH_WEIGHT_MIN || weight > PATH_WEIGHT_MAX) return `A path weight is a whole number from ${PATH_WEIGHT_MIN} to ${PATH_WEIGHT_MAX}.`;
  return undefined;
}

export function PathEditDialog({ path, pathId, policy, onClose, onSave }: { path: DiskPathView; pathId: string; policy: string; onClose(): void; onSave(edit: PathEdit): void }) {
  const [state, setState] = useState(path.state === 'Standby' ? 'standby' : 'active');
  const [weight, setWeight] = useState(path.weight ?? 0);
  const [error, setError] = useState<string | undefined>();
  const ok = () => {
    const edit: PathEdit = {};
    if (usesStandby(policy)) edit.standby = state === 'standby';
    if (usesWeights(policy)) {
      const problem = weightProblem(weight);
      if (problem) return setError(problem);
      edit.weight = weight;
    }
    onSave(edit);
  };
  return (
    <Dialog
      title={DISK.editTitle}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <>
          <Button variant="primary" onPress={ok}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <PropertyList
          items={[
            { label: DISK.pathId, value: pathId },
            { label: 'Initiator address', value: path.initiatorAddress },
            { label: 'Target portal', value: path.portal },
            { label: 'Target', value: path.target },
          ]}
        />
        <RadioGroupField
          name="pathState"
          label={DISK.pathStateLabel}
          value={state}
          onChange={setState}
          isDisabled={!usesStandby(policy) || path.state === 'Failed'}
          description={usesStandby(policy) ? undefined : 'Standby paths apply only to Fail Over Only and Round Robin With Subset.'}
          options={[
            { id: 'active', label: DISK.active },
            { id: 'standby', label: DISK.standby },
          ]}
        />
        <NumberField name="weight" label={DISK.weightLabel} value={weight} onChange={setWeight} isDisabled={!usesWeights(policy)} errorMessage={error} description={usesWeights(policy) ? 'A large number means that the path priority is low.' : 'Weights apply only to Weighted Paths.'} />
      </div>
    </Dialog>
  );
}
