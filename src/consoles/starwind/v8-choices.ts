// Choices the StarWind 8 wizards offer from the lab's hosts: a server's addresses as channels
// (image files are chosen with Browse…, image-files.ts).
import type { Host } from '../../api/types';
import type { FieldOption } from '../../wizard/model';
import { CHOICES } from './v8.labels';

export function channelChoices(host: Host | undefined): FieldOption[] {
  return (host?.nics ?? []).map((nic) => (nic.linkUp ? { id: nic.ip, label: CHOICES.address(nic.ip, nic.name) } : { id: nic.ip, label: CHOICES.address(nic.ip, nic.name), unavailable: CHOICES.unplugged }));
}

/** The address on the named network (sync on iSCSI, heartbeat on Public), else any other than `besides`. */
export function channelOn(host: Host | undefined, network: string, besides = ''): string {
  const nics = host?.nics ?? [];
  return (nics.find((nic) => nic.network === network) ?? nics.find((nic) => nic.ip !== besides) ?? nics[0])?.ip ?? '';
}
