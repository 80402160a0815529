// Image files on a server, for the wizards' Browse… dialogs (Add Target, Add Device (advanced),
// Add Replica): the server's volumes, the folders that hold StarWind image files, and the volume a
// new image goes to by default. StarWind path syntax: "My Computer\\D\\HA".
import type { Host, StarWindDevice } from '../../api/types';
import { imageFileNameProblem, imageFolderProblem, volumeOfFolder } from '../../domain/starwind';
import { formatBytesWindows } from '../../domain/units';
import { joinFilePath, splitFilePath, type FileFolder } from '../../wizard/model';
import { WIZARD } from './labels';

const rootOf = (letter: string) => `My Computer\\${letter}`;

/**
 * What the image Browse… dialog shows on a server: each volume, the folders under it that hold
 * StarWind image files, and those files (the ones the console knows of, from the devices).
 */
export function browseFolders(host: Host | undefined, devices: readonly StarWindDevice[]): FileFolder[] {
  if (!host) return [];
  const own = devices.filter((device) => device.host === host.name);
  const filesIn = (folder: string) => own.filter((device) => device.imageFolder.replace(/\\+$/, '').toLowerCase() === folder.toLowerCase()).map((device) => device.imageFileName).sort();
  return host.volumes.map((volume) => {
    const root = rootOf(volume.letter);
    const folders = [...new Set(own.filter((device) => volumeOfFolder(device.imageFolder) === volume.letter).map((device) => device.imageFolder.replace(/\\+$/, '')))]
      .filter((folder) => folder.toLowerCase() !== root.toLowerCase())
      .sort();
    return {
      id: root,
      label: WIZARD.volumeLabel(volume.letter, volume.label),
      detail: WIZARD.freeSpace(formatBytesWindows(volume.freeBytes)),
      files: filesIn(root),
      children: folders.map((folder) => ({ id: folder, label: folder.slice(root.length + 1), files: filesIn(folder) })),
    };
  });
}

/** The roomiest volume (the data drive of a storage server), where a new image goes by default. */
export function roomiestVolume(host: Host | undefined): string {
  const best = (host?.volumes ?? []).reduce<Host['volumes'][number] | undefined>((found, volume) => (found && found.freeBytes >= volume.freeBytes ? found : volume), undefined);
  return best ? rootOf(best.letter) : '';
}

/**
 * Where the partner's image goes by default: the same folder and name as this server's (the seed
 * advises it) when the partner has that volume, else its roomiest volume, with the same name.
 */
export function partnerImagePath(partner: Host | undefined, folder: string, fileName: string): string {
  const sameVolume = partner?.volumes.some((volume) => volume.letter === volumeOfFolder(folder)) ?? false;
  return joinFilePath(sameVolume || !partner ? folder : roomiestVolume(partner), fileName);
}

/** A path chosen with Browse… or typed: a folder on a volume, and a file name. */
export function imagePathProblem(path: string): string | undefined {
  const { folder, fileName } = splitFilePath(path.trim());
  return imageFolderProblem(folder) ?? imageFileNameProblem(fileName);
}
