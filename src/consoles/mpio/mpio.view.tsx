// The MPIO node's page: Multipath I/O at a glance (feature, iSCSI claim, MPIO Devices, "restart
// pending"), the button that opens MPIO Properties, and the server's disks with a Properties
// button each (the disk's Properties dialog, as Disk Management's context menu opens it).
import { createElement } from 'react';
import { useParams } from 'react-router';
import { MPIO_POLICIES, type DiskView } from '../../domain/disks';
import { formatBytesWindows } from '../../domain/units';
import { useApi, useShell } from '../../shell/shell-context';
import { Button } from '../../ui/button';
import { ErrorLine } from '../../ui/error-line';
import { lazyNamed } from '../../ui/lazy-named';
import { PropertyList } from '../../ui/property-list';
import { MPIO, OPEN_ACTION, SUMMARY } from './labels';
import { openMpioAction } from './open.action';
import { useMpio } from './use-mpio';

const DiskPropertiesDialog = lazyNamed(() => import('./disk-properties.dialog'), 'DiskPropertiesDialog');

function diskLine(disk: DiskView): string {
  const policy = MPIO_POLICIES.find((entry) => entry.id === disk.policy)?.name;
  const paths = disk.kind === 'system' ? 'system disk' : `${disk.paths.length} path${disk.paths.length === 1 ? '' : 's'}${policy ? `, ${policy}` : ''}`;
  return `${formatBytesWindows(disk.sizeBytes)}, ${disk.state}, ${paths}`;
}

export default function MpioView() {
  const { name = '' } = useParams();
  const api = useApi();
  const shell = useShell();
  const { data, error } = useMpio(api, name);
  const mpio = data?.mpio;
  const pending = mpio ? mpio.claimPending || mpio.pendingDeviceIds !== null : false;
  const openDisk = (number: number) => {
    if (!api) return;
    shell.actionContext().openDialog((close) => createElement(DiskPropertiesDialog, { api, host: name, number, onClose: close }));
  };
  return (
    <section aria-label={`${MPIO} on ${name}`} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">
        {MPIO} — {name}
      </h2>
      <ErrorLine message={error} />
      {mpio && !mpio.featureInstalled && (
        <p role="status" data-testid="mpio-not-installed">
          {SUMMARY.notInstalled}
        </p>
      )}
      {pending && (
        <p role="status" data-testid="mpio-restart-pending" className="rounded-[2px] bg-warn-soft px-2 py-1 text-sm text-fg">
          {SUMMARY.restartPending}
        </p>
      )}
      {mpio && (
        <PropertyList
          items={[
            { label: SUMMARY.feature, value: mpio.featureInstalled ? 'Installed' : 'Not installed' },
            { label: SUMMARY.iscsi, value: mpio.iscsiClaimed ? 'Claimed by the Microsoft DSM' : 'Not claimed (one disk per path)' },
            { label: SUMMARY.devices, value: mpio.hardwareIds.length === 0 ? 'None' : mpio.hardwareIds.join(', ') },
          ]}
        />
      )}
      <div>
        <Button variant="primary" onPress={() => shell.run(openMpioAction)} isDisabled={!api || !mpio?.featureInstalled}>
          {OPEN_ACTION}
        </Button>
      </div>
      {data && (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold">{SUMMARY.diskList}</h3>
          <ul aria-label={SUMMARY.diskList} className="flex flex-col gap-1">
            {data.disks.map((disk) => (
              <li key={disk.number} className="flex items-center gap-3">
                <span className="w-16 font-semibold">{disk.name}</span>
                <span className="min-w-0 flex-1 truncate">{diskLine(disk)}</span>
                <Button onPress={() => openDisk(disk.number)} aria-label={`${disk.name} ${SUMMARY.diskProperties}`}>
                  {SUMMARY.diskProperties}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
