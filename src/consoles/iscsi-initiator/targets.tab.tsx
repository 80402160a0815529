// Targets: Quick Connect, the discovered targets with their status, Connect / Disconnect /
// Properties (the target's sessions) / Devices (its disks and their addresses).
import { Suspense, useState } from 'react';
import { TARGET_STATUS_LABELS, type IscsiTargetView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { TextField } from '../../ui/fields';
import { lazyNamed } from '../../ui/lazy-named';
import { TARGETS_TAB } from './labels';
import type { TabProps } from './tab-props';
import { problemOf } from '../../ui/use-lab-read';

const ConnectDialog = lazyNamed(() => import('./connect.dialog'), 'ConnectDialog');
const SessionsDialog = lazyNamed(() => import('./sessions.dialog'), 'SessionsDialog');
const DevicesDialog = lazyNamed(() => import('./devices.dialog'), 'DevicesDialog');

const COLUMNS: GridColumn<IscsiTargetView>[] = [
  { id: 'name', header: TARGETS_TAB.name, width: 'minmax(260px, 1fr)', cell: (row) => row.iqn, sortValue: (row) => row.iqn },
  { id: 'status', header: TARGETS_TAB.status, width: '110px', cell: (row) => TARGET_STATUS_LABELS[row.status], sortValue: (row) => row.status },
];

export function TargetsTab({ api, host, state }: TabProps) {
  const [address, setAddress] = useState('');
  const [quickError, setQuickError] = useState<string | undefined>();
  const [actionError, setActionError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [open, setOpen] = useState<'connect' | 'sessions' | 'devices' | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = state.data?.targets ?? [];
  const target = targets.find((entry) => entry.iqn === selected);

  const quickConnect = async () => {
    setBusy(true);
    setQuickError(undefined);
    try {
      await api.call('quickConnectIscsi', { params: { name: host }, body: { address: address.trim() } });
      state.reload();
    } catch (reason) {
      const problem = problemOf(reason);
      setQuickError(problem.fields.address ?? problem.message);
    } finally {
      setBusy(false);
    }
  };
  const disconnect = async () => {
    if (!target) return;
    setActionError(null);
    try {
      await api.call('disconnectIscsiTarget', { params: { name: host, iqn: target.iqn } });
      state.reload();
    } catch (reason) {
      setActionError(problemOf(reason).message);
    }
  };

  return (
    <div className="flex flex-col gap-3 pt-3">
      <fieldset className="flex flex-col gap-2 rounded-[3px] border border-line p-2">
        <legend className="px-1 font-semibold">{TARGETS_TAB.quickConnect}</legend>
        <p className="text-muted">{TARGETS_TAB.quickConnectIntro}</p>
        <div className="flex items-end gap-2">
          <TextField name="quickConnectTarget" label={TARGETS_TAB.target} value={address} onChange={setAddress} errorMessage={quickError} className="flex-1" />
          <Button onPress={quickConnect} isDisabled={busy || !address.trim()}>
            {TARGETS_TAB.quickConnect}
          </Button>
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <div className="flex items-center justify-between">
          <span className="font-semibold">{TARGETS_TAB.discovered}</span>
          <Button onPress={state.reload}>{TARGETS_TAB.refresh}</Button>
        </div>
        <DataGrid
          aria-label={TARGETS_TAB.discovered}
          rows={targets}
          columns={COLUMNS}
          getRowId={(row) => row.iqn}
          selectedId={selected}
          onSelectionChange={setSelected}
          onRowAction={(iqn) => {
            setSelected(iqn);
            setOpen('connect');
          }}
          emptyMessage="No targets have been discovered. Add a target portal on the Discovery tab."
          className="h-40"
        />
      </div>
      <ErrorLine message={actionError} />
      <div className="flex justify-end gap-2">
        <Button onPress={() => setOpen('connect')} isDisabled={!target}>
          {TARGETS_TAB.connect}
        </Button>
        <Button onPress={disconnect} isDisabled={!target || target.sessions === 0}>
          {TARGETS_TAB.disconnect}
        </Button>
        <Button onPress={() => setOpen('sessions')} isDisabled={!target}>
          {TARGETS_TAB.properties}
        </Button>
        <Button onPress={() => setOpen('devices')} isDisabled={!target}>
          {TARGETS_TAB.devices}
        </Button>
      </div>
      <Suspense fallback={null}>
      {open === 'connect' && target && (
        <ConnectDialog
          api={api}
          host={host}
          target={target}
          onClose={() => setOpen(null)}
          onConnected={() => {
            setOpen(null);
            state.reload();
          }}
        />
      )}
      {open === 'devices' && target && <DevicesDialog target={target} devices={(state.data?.devices ?? []).filter((device) => device.target === target.iqn)} onClose={() => setOpen(null)} />}
      {open === 'sessions' && target && <SessionsDialog target={target} sessions={(state.data?.sessions ?? []).filter((session) => session.iqn === target.iqn)} onClose={() => setOpen(null)} />}
      </Suspense>
    </div>
  );
}
