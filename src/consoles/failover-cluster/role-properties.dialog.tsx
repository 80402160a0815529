// A role's Properties (2008 R2's "<role> Properties"): General (Name, Preferred owners as an
// ordered check list with Up and Down, Status, Current owner) and Failover (maximum failures in the
// specified period, period in hours, failback prevented or allowed, immediately or between two
// hours). The ranges are checked at once; Apply and OK ask the lab with `?validate=only` first, then
// send what changed. The lab's refusal lands on the field that owns its path.
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import { Dialog } from '../../ui/dialog';
import { ErrorLine } from '../../ui/error-line';
import { NumberField, RadioGroupField } from '../../ui/fields';
import { OrderedCheckList } from '../../ui/ordered-check-list';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';
import { labRequest } from '../../wizard/lab-request';
import { usePropertyApply } from '../../wizard/property-apply';
import { PropertyButtons } from '../../wizard/property-buttons';
import { ROLE_PROPERTIES } from './labels';
import {
  changedRoleProperties,
  failbackWarning,
  fieldOfPath,
  initialRoleProperties,
  rolePropertiesProblems,
  type RolePropertiesField,
  type RolePropertiesValues,
} from './role-properties';

type FieldErrors = Partial<Record<RolePropertiesField, string>>;

/** The tab a field is on: a refusal shows the tab that holds its first field. */
const tabOf = (errors: FieldErrors) => (errors.owners ? 'general' : Object.keys(errors).length > 0 ? 'failover' : undefined);

export interface RolePropertiesDialogProps {
  api: ApiClient;
  cluster: Cluster;
  role: ClusterRole;
  onClose(): void;
}

export function RolePropertiesDialog({ api, cluster, role, onClose }: RolePropertiesDialogProps) {
  const [base, setBase] = useState(role);
  const [values, setValues] = useState<RolePropertiesValues>(() => initialRoleProperties(cluster, role));
  const [tab, setTab] = useState('general');
  const request = useMemo(
    () =>
      labRequest<RolePropertiesValues, 'setClusterRole'>({
        api,
        route: 'setClusterRole',
        params: { name: cluster.name, role: role.name },
        body: (next) => changedRoleProperties(cluster, base, next),
        validate: true,
        onAccepted: (answer) => setBase(answer),
      }),
    [api, cluster, role.name, base],
  );
  const sheet = usePropertyApply<RolePropertiesValues, RolePropertiesField>({
    request,
    problems: rolePropertiesProblems(values),
    fieldOfPath,
    unchanged: (next) => Object.keys(changedRoleProperties(cluster, base, next)).length === 0,
    showFields: (fields) => setTab((current) => tabOf(fields) ?? current),
  });
  const { errorOf, message, busy } = sheet;
  const apply = () => sheet.apply(values);
  const change = (next: Partial<RolePropertiesValues>) => {
    setValues((current) => ({ ...current, ...next }));
    sheet.clear();
  };

  const general = (
    <div className="flex flex-col gap-3 p-3">
      <PropertyList items={[{ label: ROLE_PROPERTIES.name, value: role.name }]} />
      <fieldset data-field="owners" data-field-type="owners" className="flex flex-col gap-1">
        <legend className="text-sm">{ROLE_PROPERTIES.preferredOwners}</legend>
        <p className="text-xs text-muted">{ROLE_PROPERTIES.preferredOwnersHint}</p>
        <OrderedCheckList
          namePrefix="owner-"
          entries={values.owners.map((entry) => ({ name: entry.node, checked: entry.preferred }))}
          onChange={(entries) => change({ owners: entries.map((entry) => ({ node: entry.name, preferred: entry.checked })) })}
          upLabel={ROLE_PROPERTIES.up}
          downLabel={ROLE_PROPERTIES.down}
        />
        <ErrorLine message={errorOf('owners')} className="text-xs" />
      </fieldset>
      <PropertyList
        items={[
          { label: ROLE_PROPERTIES.status, value: base.state },
          { label: ROLE_PROPERTIES.owner, value: base.ownerNode ?? '' },
        ]}
      />
    </div>
  );

  const failover = (
    <div className="flex flex-col gap-4 p-3">
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{ROLE_PROPERTIES.failoverGroup}</legend>
        <p className="text-xs text-muted">{ROLE_PROPERTIES.failoverHint}</p>
        <NumberField name="failoverThreshold" label={ROLE_PROPERTIES.failoverThreshold} value={values.failoverThreshold} onChange={(failoverThreshold) => change({ failoverThreshold })} errorMessage={errorOf('failoverThreshold')} />
        <NumberField name="failoverPeriodHours" label={ROLE_PROPERTIES.failoverPeriodHours} value={values.failoverPeriodHours} onChange={(failoverPeriodHours) => change({ failoverPeriodHours })} errorMessage={errorOf('failoverPeriodHours')} />
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{ROLE_PROPERTIES.failbackGroup}</legend>
        <p className="text-xs text-muted">{ROLE_PROPERTIES.failbackHint}</p>
        <RadioGroupField
          name="failback"
          label={ROLE_PROPERTIES.failbackGroup}
          value={values.failback}
          onChange={(failback) => change({ failback: failback === 'allow' ? 'allow' : 'prevent' })}
          options={[
            { id: 'prevent', label: ROLE_PROPERTIES.prevent },
            { id: 'allow', label: ROLE_PROPERTIES.allow },
          ]}
          errorMessage={errorOf('failback')}
          warningMessage={failbackWarning(values)}
        />
        <div className="flex flex-col gap-2 pl-6">
          <RadioGroupField
            name="failbackWhen"
            label={ROLE_PROPERTIES.allow}
            isDisabled={values.failback !== 'allow'}
            value={values.failbackWhen}
            onChange={(when) => change({ failbackWhen: when === 'window' ? 'window' : 'immediately' })}
            options={[
              { id: 'immediately', label: ROLE_PROPERTIES.immediately },
              { id: 'window', label: ROLE_PROPERTIES.window },
            ]}
          />
          <div className="flex items-start gap-2 pl-6">
            <NumberField name="windowStartHour" label={ROLE_PROPERTIES.windowStart} isDisabled={values.failback !== 'allow' || values.failbackWhen !== 'window'} value={values.windowStartHour} onChange={(windowStartHour) => change({ windowStartHour })} errorMessage={errorOf('windowStartHour')} suffix={ROLE_PROPERTIES.and} />
            <NumberField name="windowEndHour" label={ROLE_PROPERTIES.windowEnd} isDisabled={values.failback !== 'allow' || values.failbackWhen !== 'window'} value={values.windowEndHour} onChange={(windowEndHour) => change({ windowEndHour })} errorMessage={errorOf('windowEndHour')} suffix={ROLE_PROPERTIES.hours} />
          </div>
        </div>
      </fieldset>
    </div>
  );

  return (
    <Dialog
      title={ROLE_PROPERTIES.title(role.name)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[560px]"
      footer={
        <PropertyButtons busy={busy} apply={apply} onClose={onClose} labels={ROLE_PROPERTIES} />
      }
    >
      <div data-dialog="cluster.role-properties" className="flex flex-col gap-2">
        <ErrorLine message={message} />
        <Tabs
          aria-label={ROLE_PROPERTIES.title(role.name)}
          className="min-h-[420px]"
          selectedId={tab}
          onSelectionChange={setTab}
          tabs={[
            { id: 'general', label: ROLE_PROPERTIES.general, content: general },
            { id: 'failover', label: ROLE_PROPERTIES.failover, content: failover },
          ]}
        />
      </div>
    </Dialog>
  );
}
