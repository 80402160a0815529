// A target's Properties: its sessions, one per path, with the connection each holds (the lab
// models one connection per session: no MCS).
import { useState } from 'react';
import type { IscsiSession, IscsiTargetView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { Dialog } from '../../ui/dialog';
import { OK, SESSIONS } from './labels';

const STATE = { connected: 'Connected', reconnecting: 'Reconnecting' } as const;

const COLUMNS: GridColumn<IscsiSession>[] = [
  { id: 'id', header: SESSIONS.identifier, width: '150px', cell: (row) => row.id, sortValue: (row) => row.id },
  { id: 'state', header: SESSIONS.state, width: '110px', cell: (row) => STATE[row.state] },
  { id: 'initiator', header: SESSIONS.initiator, width: '130px', cell: (row) => row.initiatorAddress },
  { id: 'portal', header: SESSIONS.portal, width: 'minmax(130px, 1fr)', cell: (row) => row.portal },
];

export function SessionsDialog({ target, sessions, onClose }: { target: IscsiTargetView; sessions: IscsiSession[]; onClose(): void }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Dialog
      title={SESSIONS.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[560px]"
      footer={
        <Button variant="primary" onPress={onClose}>
          {OK}
        </Button>
      }
    >
      <p className="mb-2 break-all">{target.iqn}</p>
      <DataGrid aria-label={SESSIONS.sessions} rows={sessions} columns={COLUMNS} getRowId={(row) => row.id} selectedId={selected} onSelectionChange={setSelected} emptyMessage={SESSIONS.none} className="h-40" />
      <p className="mt-2 text-muted">
        {SESSIONS.connections}: {sessions.length === 0 ? 0 : `1 per session (${sessions.length} in all)`}
      </p>
    </Dialog>
  );
}
