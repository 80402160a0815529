// Server Manager's pages of one server: the Server Manager node (both summaries), Roles, Features.
// Each lists what is installed, with "Restart pending" for what waits for the next boot.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { FEATURE_CATALOGUE, featureStateOf, type FeatureKind } from '../../domain/features';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { serverFeaturesOf } from './features.action';
import { COLUMNS, FEATURES, RESTART_PENDING_NOTE, ROLES, SERVER_MANAGER, STATE_LABELS } from './labels';

interface Row {
  id: string;
  name: string;
  status: string;
  description: string;
}

const COLUMNS_OF: GridColumn<Row>[] = [
  { id: 'name', header: COLUMNS.name, width: '260px', cell: (row) => row.name, sortValue: (row) => row.name },
  { id: 'status', header: COLUMNS.status, width: '200px', cell: (row) => row.status, sortValue: (row) => row.status },
  { id: 'description', header: COLUMNS.description, width: 'minmax(240px, 1fr)', cell: (row) => row.description },
];

function Summary({ host, kind }: { host: string; kind: FeatureKind }) {
  const serverFeatures = useLabMirror((state) => state.serverFeatures);
  const server = useMemo(() => serverFeaturesOf({ serverFeatures }, host), [serverFeatures, host]);
  const rows = useMemo<Row[]>(() => {
    if (!server) return [];
    return FEATURE_CATALOGUE.filter((entry) => entry.kind === kind)
      .map((entry) => ({ entry, state: featureStateOf(server, entry.id) }))
      .filter(({ state }) => state !== 'available')
      .map(({ entry, state }) => ({ id: entry.id, name: entry.name, status: STATE_LABELS[state], description: entry.description }));
  }, [server, kind]);
  const title = kind === 'role' ? ROLES : FEATURES;
  const count = rows.length;
  return (
    <section aria-label={`${title} Summary`} className="flex min-h-40 flex-1 flex-col">
      <h2 className="border-b border-line px-4 py-2 text-sm font-semibold">
        {title} Summary <span className="font-normal text-muted">({kind === 'role' ? `${count} of ${FEATURE_CATALOGUE.filter((entry) => entry.kind === 'role').length} installed` : `${count} of ${FEATURE_CATALOGUE.filter((entry) => entry.kind === 'feature').length} installed`})</span>
      </h2>
      <DataGrid
        aria-label={title}
        rows={rows}
        columns={COLUMNS_OF}
        getRowId={(row) => row.id}
        selectedId={null}
        onSelectionChange={() => undefined}
        emptyMessage={kind === 'role' ? 'No roles are installed.' : 'No features are installed.'}
        className="flex-1"
      />
    </section>
  );
}

function RestartBanner({ host }: { host: string }) {
  const serverFeatures = useLabMirror((state) => state.serverFeatures);
  const server = serverFeaturesOf({ serverFeatures }, host);
  if (!server || server.pendingInstall.length + server.pendingRemove.length === 0) return null;
  return (
    <p role="status" data-testid="restart-pending" className="border-b border-line bg-warn-soft px-4 py-2 text-sm text-fg">
      {RESTART_PENDING_NOTE}
    </p>
  );
}

export default function ServerManagerView({ show }: { show: 'both' | FeatureKind }) {
  const host = useParams().name ?? '';
  const loaded = useLabMirror((state) => state.loaded);
  const heading = `${SERVER_MANAGER} (${host})`;
  if (!loaded) return <p className="p-4 text-sm text-muted">Waiting for the lab…</p>;
  return (
    <div className="flex h-full flex-col" data-view={`server-manager-${show}`}>
      {show === 'both' && <h1 className="border-b border-line px-4 py-2 text-base font-semibold">{heading}</h1>}
      <RestartBanner host={host} />
      {show !== 'feature' && <Summary host={host} kind="role" />}
      {show !== 'role' && <Summary host={host} kind="feature" />}
    </div>
  );
}
