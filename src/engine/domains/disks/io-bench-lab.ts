// A large lab for the I/O bench: every node gets Multipath I/O, both storage portals, the given
// targets connected with multi-path, the claim in effect and its disks Online, with the restarts
// done for all nodes at once (one advance each), so setting up 64 nodes stays cheap.
import type { Command, Lab } from '../../types';

export { T1, T2 } from './io-testing';

function run(lab: Lab, command: unknown): void {
  const result = lab.dispatch(command as Command);
  if (!result.ok) throw new Error(`${(command as Command).type}: ${result.error.code} ${result.error.message}`);
}

function restartAll(lab: Lab, hosts: string[]): void {
  for (const host of hosts) run(lab, { type: 'setPower', host, action: 'restart' });
  lab.advance(300_000);
}

export function attachHosts(lab: Lab, hosts: string[], targets: string[], portals = ['172.30.100.21', '172.30.100.22']): void {
  for (const host of hosts) run(lab, { type: 'featuresInstall', host, features: ['Multipath-IO'] });
  restartAll(lab, hosts);
  for (const host of hosts) {
    run(lab, { type: 'iscsiStartService', host });
    for (const address of portals) run(lab, { type: 'iscsiAddPortal', host, address });
    for (const iqn of targets) run(lab, { type: 'iscsiConnect', host, iqn, multipath: true });
    run(lab, { type: 'mpioSetClaim', host, iscsiClaimed: true });
  }
  restartAll(lab, hosts);
  for (const host of hosts) for (let number = 1; number <= targets.length / 2; number++) run(lab, { type: 'diskSet', host, number, online: true });
}
