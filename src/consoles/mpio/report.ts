// The Configuration Snapshot's text (what Capture writes, as `mpclaim -v` does): the DSM, then each
// MPIO disk with its paths, states, weights and policy, composed from the lab's answers only.
// The layout follows mpclaim's report (sections per DSM, a line per disk, a table of paths); the
// DSM version and SCSI addresses are left out because the lab has no source for them.
import { MPIO_POLICIES, PDO_REMOVE_PERIOD_MS, type DiskView, type MpioView } from '../../domain/disks';
import { DSM_TAB } from './labels';
import { pathIdOf } from './path-id';

const policyName = (id: DiskView['policy']) => MPIO_POLICIES.find((policy) => policy.id === id)?.name ?? 'N/A';

export function mpioReport({ host, mpio, disks, capturedAt }: { host: string; mpio: MpioView; disks: readonly DiskView[]; capturedAt: string }): string {
  const lines: string[] = [];
  const mpioDisks = disks.filter((disk) => disk.multipath);
  lines.push(`MPIO Storage Snapshot on ${host}, at ${capturedAt}`, '');
  lines.push('Registered DSMs: 1', '================');
  lines.push(`${DSM_TAB.microsoftDsm.padEnd(32)} PDORemovePeriod ${PDO_REMOVE_PERIOD_MS / 1000} s`, '');
  lines.push('MPIO Devices (claimed hardware IDs):');
  if (mpio.hardwareIds.length === 0) lines.push('    (none)');
  for (const id of mpio.hardwareIds) lines.push(`    ${id}`);
  if (mpio.claimPending || mpio.pendingDeviceIds) lines.push('    (a change waits for the next restart)');
  lines.push('', DSM_TAB.microsoftDsm, '='.repeat(DSM_TAB.microsoftDsm.length));
  if (mpioDisks.length === 0) lines.push('No MPIO disks are present.');
  for (const disk of mpioDisks) {
    const paths = disk.paths;
    lines.push(`MPIO ${disk.name.replace(' ', '')}: ${String(paths.length).padStart(2, '0')} Paths, ${policyName(disk.policy)}`);
    lines.push(`    SN: ${disk.lun ?? ''}`);
    lines.push(`    Size: ${disk.sizeBytes} bytes, ${disk.state}`, '');
    lines.push(`    ${'Path ID'.padEnd(18)}${'State'.padEnd(20)}${'Target portal'.padEnd(22)}Weight`);
    lines.push(`    ${'-'.repeat(66)}`);
    paths.forEach((path, index) => {
      lines.push(`    ${pathIdOf(index).padEnd(18)}${path.state.padEnd(20)}${path.portal.padEnd(22)}${path.weight ?? 0}`);
    });
    lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The base name of a Windows path, for the browser's download ("C:\\x\\MPIO.txt" → "MPIO.txt"). */
export const fileBaseName = (path: string) => path.split(/[\\/]/).pop() || 'MPIO_Configuration.txt';
