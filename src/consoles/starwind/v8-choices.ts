// Choices the StarWind 8 wizards offer from the lab's hosts: a server's volumes as image
// locations (StarWind path syntax "My Computer\D") and its addresses as channels.
import type { Host } from '../../api/types';
import { formatBytesWindows } from '../../domain/units';
import type { FieldOption } from '../../wizard/model';
import { CHOICES } from './v8.labels';

const rootOf = (letter: string) => `My Computer\\${letter}`;

export function volumeChoices(host: Host | undefined): FieldOption[] {
  return (host?.volumes ?? []).map((volume) => ({ id: rootOf(volume.letter), label: CHOICES.folder(rootOf(volume.letter), formatBytesWindows(volume.freeBytes)) }));
}

/** The roomiest volume: the data drive of a storage server. */
export function roomiestVolume(host: Host | undefined): string {
  const best = (host?.volumes ?? []).reduce<Host['volumes'][number] | undefined>((found, volume) => (found && found.freeBytes >= volume.freeBytes ? found : volume), undefined);
  return best ? rootOf(best.letter) : '';
}

export function channelChoices(host: Host | undefined): FieldOption[] {
  return (host?.nics ?? []).map((nic) => (nic.linkUp ? { id: nic.ip, label: CHOICES.address(nic.ip, nic.name) } : { id: nic.ip, label: CHOICES.address(nic.ip, nic.name), unavailable: CHOICES.unplugged }));
}

/** The address on the named network (sync on iSCSI, heartbeat on Public), else any other than `besides`. */
export function channelOn(host: Host | undefined, network: string, besides = ''): string {
  const nics = host?.nics ?? [];
  return (nics.find((nic) => nic.network === network) ?? nics.find((nic) => nic.ip !== besides) ?? nics[0])?.ip ?? '';
}
