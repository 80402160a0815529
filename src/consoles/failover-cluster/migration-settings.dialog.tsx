// Live migration settings, opened from a virtual machine role: the "Network for live migration" tab
// (the cluster networks in order, Up / Down and check boxes) and the lab's settings (downtime
// target, TCP timeout, switch-over time; simultaneous live migrations from 2012). Read with GET
// …/migration-settings; OK and Apply check the ranges, then ask the lab with `?validate=only`, then
// PUT. The lab's refusal lands on the field that owns its path.
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { MigrationSettingsView } from '../../domain/migration';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { ErrorLine } from '../../ui/error-line';
import { NumberField } from '../../ui/fields';
import { OrderedCheckList } from '../../ui/ordered-check-list';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';
import { useLabRead } from '../../ui/use-lab-read';
import { labRequest } from '../../wizard/lab-request';
import { usePropertyApply } from '../../wizard/property-apply';
import { PropertyButtons } from '../../wizard/property-buttons';
import { MIGRATION_SETTINGS } from './labels';
import {
  initialMigrationSettings,
  migrationSettingsBody,
  migrationSettingsProblems,
  settingsFieldOfPath,
  type MigrationSettingsField,
  type MigrationSettingsValues,
} from './migration-settings';

const readSettings = (api: ApiClient, cluster: string) => api.call('getMigrationSettings', { params: { name: cluster } });

export interface MigrationSettingsDialogProps {
  api: ApiClient;
  cluster: Cluster;
  role: ClusterRole;
  onClose(): void;
}

export function MigrationSettingsDialog({ api, cluster, role, onClose }: MigrationSettingsDialogProps) {
  const { data, error } = useLabRead(api, cluster.name, readSettings, null);
  const frame = (body: React.ReactNode, footer: React.ReactNode) => (
    <Dialog title={MIGRATION_SETTINGS.title(role.name)} isOpen onOpenChange={(open) => !open && onClose()} widthClassName="w-[560px]" footer={footer}>
      <div data-dialog="cluster.migration-settings" className="flex flex-col gap-2">
        {body}
      </div>
    </Dialog>
  );
  if (error !== null) return frame(<p role="alert">{`${MIGRATION_SETTINGS.failed}: ${error}`}</p>, <Button onPress={onClose}>{MIGRATION_SETTINGS.ok}</Button>);
  if (data === null) return frame(null, <Button onPress={onClose}>{MIGRATION_SETTINGS.cancel}</Button>);
  return <SettingsForm api={api} cluster={cluster} view={data} frame={frame} onClose={onClose} />;
}

function SettingsForm({ api, cluster, view, frame, onClose }: { api: ApiClient; cluster: Cluster; view: MigrationSettingsView; frame(body: React.ReactNode, footer: React.ReactNode): React.ReactNode; onClose(): void }) {
  const [values, setValues] = useState<MigrationSettingsValues>(() => initialMigrationSettings(cluster, view));
  const [tab, setTab] = useState('networks');
  const request = useMemo(
    () => labRequest<MigrationSettingsValues, 'setMigrationSettings'>({ api, route: 'setMigrationSettings', params: { name: cluster.name }, body: (next) => migrationSettingsBody(view, next), validate: true }),
    [api, cluster.name, view],
  );
  const sheet = usePropertyApply<MigrationSettingsValues, MigrationSettingsField>({
    request,
    problems: migrationSettingsProblems(values),
    fieldOfPath: settingsFieldOfPath,
    showFields: (fields) => setTab((current) => (fields.networks ? 'networks' : Object.keys(fields).length > 0 ? 'settings' : current)),
  });
  const { errorOf, message, busy } = sheet;
  const apply = () => sheet.apply(values);
  const change = (next: Partial<MigrationSettingsValues>) => {
    setValues((current) => ({ ...current, ...next }));
    sheet.clear();
  };

  const networks = (
    <fieldset data-field="networks" className="flex flex-col gap-1 p-3">
      <legend className="text-sm">{MIGRATION_SETTINGS.networksTab}</legend>
      <p className="text-xs text-muted">{MIGRATION_SETTINGS.networksHint}</p>
      <OrderedCheckList namePrefix="network-" entries={values.networks} onChange={(entries) => change({ networks: entries })} upLabel={MIGRATION_SETTINGS.up} downLabel={MIGRATION_SETTINGS.down} />
      <ErrorLine message={errorOf('networks')} className="text-xs" />
    </fieldset>
  );
  const settings = (
    <div className="flex flex-col gap-3 p-3">
      <p className="text-xs text-muted">{MIGRATION_SETTINGS.settingsHint}</p>
      <NumberField name="downtimeTargetMs" label={MIGRATION_SETTINGS.downtimeTarget} value={values.downtimeTargetMs} onChange={(downtimeTargetMs) => change({ downtimeTargetMs })} errorMessage={errorOf('downtimeTargetMs')} />
      <NumberField name="tcpTimeoutMs" label={MIGRATION_SETTINGS.tcpTimeout} value={values.tcpTimeoutMs} onChange={(tcpTimeoutMs) => change({ tcpTimeoutMs })} errorMessage={errorOf('tcpTimeoutMs')} />
      <NumberField name="switchOverMs" label={MIGRATION_SETTINGS.switchOver} value={values.switchOverMs} onChange={(switchOverMs) => change({ switchOverMs })} errorMessage={errorOf('switchOverMs')} />
      <NumberField
        name="simultaneousLiveMigrations"
        label={MIGRATION_SETTINGS.simultaneous}
        description={view.simultaneousConfigurable ? undefined : MIGRATION_SETTINGS.notConfigurable}
        isDisabled={!view.simultaneousConfigurable}
        value={values.simultaneousLiveMigrations}
        onChange={(simultaneousLiveMigrations) => change({ simultaneousLiveMigrations })}
        errorMessage={errorOf('simultaneousLiveMigrations')}
      />
      <PropertyList items={[{ label: MIGRATION_SETTINGS.passLimit, value: String(view.passLimit) }]} />
    </div>
  );
  return frame(
    <>
      <ErrorLine message={message} />
      <Tabs
        aria-label={MIGRATION_SETTINGS.sheet}
        className="min-h-[360px]"
        selectedId={tab}
        onSelectionChange={setTab}
        tabs={[
          { id: 'networks', label: MIGRATION_SETTINGS.networksTab, content: networks },
          { id: 'settings', label: MIGRATION_SETTINGS.settingsTab, content: settings },
        ]}
      />
    </>,
    <PropertyButtons busy={busy} apply={apply} onClose={onClose} labels={MIGRATION_SETTINGS} />,
  );
}
