// Initialize Disk: the disks that wait for it (Online, Not Initialized) with checkboxes, and the
// partition style for all of them. GPT is required above 2 TB (the engine's rule, shown on the
// field before the lab is asked); OK checks every chosen disk with `?validate=only`, then
// initializes them, so a refusal changes nothing.
import { ApiError, type ApiClient } from '../../api/client';
import { VALIDATE_ONLY } from '../../api/validate-only';
import { MBR_MAX_BYTES, type DiskView, type PartitionStyle } from '../../domain/disks';
import { answerOfError } from '../../wizard/lab-request';
import { createWizardKit, type CheckResult } from '../../wizard/model';
import { INITIALIZE } from './labels';
import { isInitialized } from './model';

export type InitializeValues = { disks: readonly string[]; partitionStyle: string };
export interface InitializeContext {
  host: string;
  disks: readonly DiskView[];
  /** The disk that was right-clicked: checked at first. */
  number: number;
}

const k = createWizardKit<InitializeValues, InitializeContext>();

export const waitsForInitialization = (disk: DiskView) => disk.kind !== 'system' && disk.state === 'Online' && !isInitialized(disk);

/** The message of MBR on a chosen disk above 2 TB (the engine's words), or undefined. */
export function mbrProblem(style: string, chosen: readonly string[], disks: readonly DiskView[]): string | undefined {
  if (style !== 'MBR') return undefined;
  const large = disks.find((disk) => chosen.includes(String(disk.number)) && disk.sizeBytes > MBR_MAX_BYTES);
  return large ? `Disk ${large.number} is larger than 2 TB; use GPT.` : undefined;
}

export const initializeDialog = k.dialog(
  'initialize-disk',
  INITIALIZE.title,
  [
    k.table('disks', {
      label: INITIALIZE.disks,
      selection: 'multiple',
      minSelected: 1,
      columns: [{ id: 'disk', label: 'Disk' }],
      rows: (_v, ctx) => ctx.disks.filter(waitsForInitialization).map((disk) => ({ id: String(disk.number), cells: { disk: disk.name } })),
      default: (_v, ctx) => ctx.disks.filter((disk) => disk.number === ctx.number && waitsForInitialization(disk)).map((disk) => String(disk.number)),
      owns: ['number'],
    }),
    k.radio('partitionStyle', {
      label: INITIALIZE.style,
      options: [
        { id: 'MBR', label: INITIALIZE.mbr },
        { id: 'GPT', label: INITIALIZE.gpt },
      ],
      default: 'MBR',
      validate: (style, values, ctx) => mbrProblem(style, values.disks, ctx.disks),
      explanation: INITIALIZE.note,
    }),
  ],
  { description: INITIALIZE.intro },
);

/** OK: every chosen disk is checked first, then each is initialized. */
export function initializeSubmit(api: ApiClient, host: string) {
  return async (values: InitializeValues): Promise<CheckResult | void> => {
    const style = values.partitionStyle as PartitionStyle;
    const params = (number: string) => ({ name: host, number });
    try {
      for (const number of values.disks) await api.call('validateDisk', { params: params(number), query: { ...VALIDATE_ONLY }, body: { partitionStyle: style } });
      for (const number of values.disks) await api.call('setDisk', { params: params(number), body: { partitionStyle: style } });
    } catch (error) {
      if (error instanceof ApiError || error instanceof Error) return answerOfError(error);
      throw error;
    }
  };
}
