// The New Simple Volume Wizard of Windows Server 2008 R2 on a disk's unallocated space: Welcome,
// Specify Volume Size, Assign Drive Letter or Path, Format Partition, Completing. Next asks the
// lab (PUT /disks/{n}?validate=only) and Finish sends the same body; every refusal lands on the
// field that owns its path (size, letter, label). Mounting in an NTFS folder and "Do not format"
// are left out: the lab's volumes are NTFS with a letter or none.
import type { DiskView } from '../../domain/disks';
import { NTFS_LABEL_MAX_CHARS } from '../../domain/disks';
import { BYTES_PER_MIB } from '../../domain/units';
import type { RouteBodies } from '../../api/routes';
import { createWizardKit } from '../../wizard/model';
import { NEW_VOLUME } from './labels';
import { maximumMb } from './model';

export type NewVolumeValues = {
  sizeMb: number;
  letterChoice: string;
  driveLetter: string;
  fileSystem: string;
  allocation: string;
  label: string;
  quickFormat: boolean;
};

export interface NewVolumeContext {
  host: string;
  disk: DiskView;
  /** The letters not in use on the server, D to Z. */
  freeLetters: readonly string[];
}

const k = createWizardKit<NewVolumeValues, NewVolumeContext>();

export const newVolumeWizard = k.wizard('new-simple-volume', NEW_VOLUME.title, [
  k.form(
    'welcome',
    NEW_VOLUME.welcomeTitle,
    NEW_VOLUME.welcome.map((text, index) => k.staticText(`welcome${index}`, { label: '', text })),
  ),
  k.form(
    'size',
    NEW_VOLUME.sizeTitle,
    [
      k.staticText('maximumMb', { label: NEW_VOLUME.maximum, text: (_v, ctx) => String(maximumMb(ctx.disk)) }),
      k.staticText('minimumMb', { label: NEW_VOLUME.minimum, text: String(NEW_VOLUME.minimumMb) }),
      k.number('sizeMb', {
        label: NEW_VOLUME.size,
        default: (_v, ctx) => maximumMb(ctx.disk),
        minValue: NEW_VOLUME.minimumMb,
        validate: (size, _v, ctx) => (size > maximumMb(ctx.disk) ? `The size is at most ${maximumMb(ctx.disk)} MB, the unallocated space on ${ctx.disk.name}.` : undefined),
        owns: ['volume.sizeBytes'],
        summary: (size) => `${size} MB`,
      }),
    ],
    { description: NEW_VOLUME.sizeDescription },
  ),
  k.form(
    'letter',
    NEW_VOLUME.letterTitle,
    [
      k.radio('letterChoice', {
        label: NEW_VOLUME.letterChoice,
        options: (_v, ctx) => [
          { id: 'assign', label: NEW_VOLUME.assign, unavailable: ctx.freeLetters.length === 0 ? 'Every drive letter from D to Z is in use on this server.' : undefined },
          { id: 'none', label: NEW_VOLUME.noLetter },
        ],
        default: 'assign',
      }),
      k.select('driveLetter', {
        label: NEW_VOLUME.driveLetter,
        options: (_v, ctx) => ctx.freeLetters.map((letter) => ({ id: letter, label: letter })),
        visible: (v) => v.letterChoice === 'assign',
        owns: ['volume.driveLetter'],
        summary: (letter) => `${letter}:`,
      }),
    ],
    { description: NEW_VOLUME.letterDescription },
  ),
  k.form(
    'format',
    NEW_VOLUME.formatTitle,
    [
      k.select('fileSystem', { label: NEW_VOLUME.fileSystem, options: [{ id: 'NTFS', label: 'NTFS' }], group: NEW_VOLUME.formatGroup, owns: ['volume.fileSystem'] }),
      k.select('allocation', { label: NEW_VOLUME.allocation, options: [{ id: 'default', label: NEW_VOLUME.allocationDefault }], group: NEW_VOLUME.formatGroup }),
      k.text('label', {
        label: NEW_VOLUME.label,
        default: NEW_VOLUME.defaultLabel,
        group: NEW_VOLUME.formatGroup,
        validate: (label) => (label.length > NTFS_LABEL_MAX_CHARS ? `An NTFS volume label has at most ${NTFS_LABEL_MAX_CHARS} characters.` : undefined),
        owns: ['volume.label'],
      }),
      k.checkbox('quickFormat', { label: NEW_VOLUME.quick, default: true, group: NEW_VOLUME.formatGroup, summary: (quick) => (quick ? 'Yes' : 'No') }),
    ],
    { description: NEW_VOLUME.formatDescription },
  ),
  k.summary('completing', NEW_VOLUME.completingTitle, { description: NEW_VOLUME.completing, submitLabel: NEW_VOLUME.finish }),
]);

/** The body of PUT /hosts/{h}/disks/{n} the wizard sends (with `?validate=only` on Next). */
export function newVolumeBody(values: NewVolumeValues): RouteBodies['setDisk'] {
  return {
    volume: {
      sizeBytes: values.sizeMb * BYTES_PER_MIB,
      driveLetter: values.letterChoice === 'assign' ? values.driveLetter : null,
      fileSystem: values.fileSystem,
      label: values.label,
      quickFormat: values.quickFormat,
    },
  };
}
