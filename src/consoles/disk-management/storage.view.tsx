// Server Manager → Storage of one server: what it holds (Disk Management), as a link to it, and
// how many disks the server sees.
import { Link, useParams } from 'react-router';
import { useApi } from '../../shell/shell-context';
import { DISK_MANAGEMENT, STORAGE } from './labels';
import { serverDiskManagementHref } from './paths';
import { useDisks } from './use-disks';

export default function StorageView() {
  const host = useParams().name ?? '';
  const { disks, error } = useDisks(useApi(), host);
  return (
    <section aria-label={`${STORAGE} (${host})`} className="flex flex-col gap-3 p-4 text-sm" data-view="server-manager-storage">
      <h1 className="text-base font-semibold">
        {STORAGE} ({host})
      </h1>
      {error && (
        <p role="alert" className="text-error">
          {error}
        </p>
      )}
      <p>
        <Link to={serverDiskManagementHref(host)} className="text-accent underline">
          {DISK_MANAGEMENT}
        </Link>
        {disks && <span className="text-muted"> — {disks.length === 1 ? '1 disk' : `${disks.length} disks`}</span>}
      </p>
    </section>
  );
}
