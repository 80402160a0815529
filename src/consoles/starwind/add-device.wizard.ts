// Add Device (advanced), StarWind 8 (issue 7; VSAN Help "Heartbeat Failover Strategy" steps 1–10):
// Hard Disk Device → Virtual disk → location, Create new and size → options → cache → target →
// summary. It makes the same plain image-file device as Add Target's Basic Virtual → Image File
// path (the create route with deviceType 'image-file'); Replication Manager → Add Replica turns
// it into an HA device later.
import type { CreateDeviceRequest, Host, StarWindDevice, StarWindTarget } from '../../api/types';
import { iscsiNameProblem } from '../../domain/iqn';
import {
  CACHE_MODES,
  DEFAULT_CACHE_MODE,
  DEFAULT_CACHE_SIZE_MB,
  DEFAULT_SECTOR_SIZE_BYTES,
  defaultTargetName,
  targetAliasProblem,
  type CacheMode,
  type SectorSizeBytes,
} from '../../domain/starwind';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../domain/units';
import { createWizardKit, joinFilePath, splitFilePath } from '../../wizard/model';
import { CACHE_MODE_LABELS } from './labels';
import { browseFolders, imagePathProblem, roomiestVolume } from './image-files';
import { ADD_DEVICE } from './v8.labels';

export type AddDeviceValues = {
  deviceType: string;
  diskType: string;
  imagePath: string;
  imageCreateNew: boolean;
  sizeAmount: number;
  sizeUnit: string;
  sectorSize: string;
  cacheMode: string;
  cacheSizeMb: number;
  targetAlias: string;
  targetName: string;
};

export interface V8Context {
  /** The server the wizard was opened on. */
  server: string;
  hosts: Record<string, Host>;
  targets: readonly StarWindTarget[];
  devices: readonly StarWindDevice[];
}

const k = createWizardKit<AddDeviceValues, V8Context>();
const UNIT_BYTES: Record<string, number> = { MB: BYTES_PER_MIB, GB: BYTES_PER_GIB };
const sizeBytesOf = (v: AddDeviceValues) => Math.round(v.sizeAmount * (UNIT_BYTES[v.sizeUnit] ?? BYTES_PER_MIB));
const localHost = (ctx: V8Context) => ctx.hosts[ctx.server];
/** The summary names the server the device and its target are made on. */
const onServer = (_v: AddDeviceValues, ctx: V8Context) => ctx.server;

/** StarWind 8 proposes "imagefile<n>" (UNVERIFIED): the next number not used on the server. */
function nextImageName(ctx: V8Context): string {
  const used = new Set(ctx.devices.filter((device) => device.host === ctx.server).map((device) => device.imageFileName.toLowerCase()));
  let n = 1;
  while (used.has(`imagefile${n}.img`)) n += 1;
  return `imagefile${n}.img`;
}

const withoutExtension = (name: string) => name.replace(/\.[^.\\]*$/, '');
const fileNameOf = (v: AddDeviceValues) => splitFilePath(v.imagePath).fileName;

export const addDeviceWizard = k.wizard('starwind-add-device', ADD_DEVICE.title, [
  k.form(
    'deviceType',
    ADD_DEVICE.pages.deviceType,
    [
      k.radio('deviceType', {
        label: ADD_DEVICE.fields.deviceType,
        default: 'hard-disk',
        owns: ['targetType'],
        options: [
          { id: 'hard-disk', label: ADD_DEVICE.deviceTypes.hardDisk },
          { id: 'tape', label: ADD_DEVICE.deviceTypes.tape, unavailable: 'not simulated in this lab' },
          { id: 'optical', label: ADD_DEVICE.deviceTypes.optical, unavailable: 'not simulated in this lab' },
        ],
      }),
    ],
    { description: ADD_DEVICE.descriptions.deviceType },
  ),
  k.form(
    'diskType',
    ADD_DEVICE.pages.diskType,
    [
      k.radio('diskType', {
        label: ADD_DEVICE.fields.diskType,
        default: 'virtual',
        owns: ['deviceType'],
        options: [
          { id: 'virtual', label: ADD_DEVICE.diskTypes.virtual },
          { id: 'physical', label: ADD_DEVICE.diskTypes.physical, unavailable: 'not simulated in this lab' },
          { id: 'ram', label: ADD_DEVICE.diskTypes.ram, unavailable: 'not simulated in this lab' },
        ],
      }),
    ],
    { description: ADD_DEVICE.descriptions.diskType },
  ),
  k.form(
    'location',
    ADD_DEVICE.pages.location,
    [
      // The path, chosen with Browse… over the server's volumes and folders.
      k.file('imagePath', {
        label: ADD_DEVICE.fields.imagePath,
        browseTitle: ADD_DEVICE.browseTitle,
        default: (_v, ctx) => joinFilePath(roomiestVolume(localHost(ctx)), nextImageName(ctx)),
        browse: (_v, ctx) => browseFolders(localHost(ctx), ctx.devices),
        owns: ['image.folder', 'image', 'image.fileName'],
        validate: (path) => imagePathProblem(path),
      }),
      k.checkbox('imageCreateNew', { label: ADD_DEVICE.fields.createNew, default: true, owns: ['image.createNew'] }),
      k.number('sizeAmount', {
        label: ADD_DEVICE.fields.size,
        default: 1,
        minValue: 1,
        unit: { name: 'sizeUnit', label: ADD_DEVICE.fields.sizeUnit, default: 'GB', options: [{ id: 'MB', label: 'MB' }, { id: 'GB', label: 'GB' }] },
        owns: ['sizeBytes'],
        summary: (amount, v) => `${amount} ${v.sizeUnit} (${sizeBytesOf(v).toLocaleString('en-US')} bytes)`,
      }),
    ],
    { description: ADD_DEVICE.descriptions.location, summaryGroup: onServer },
  ),
  k.form(
    'options',
    ADD_DEVICE.pages.options,
    [
      k.select('sectorSize', {
        label: ADD_DEVICE.fields.sectorSize,
        default: String(DEFAULT_SECTOR_SIZE_BYTES),
        owns: ['sectorSizeBytes'],
        // CONFIRMED wording (StarWind's CreateHA sample).
        options: [
          { id: '512', label: '512' },
          { id: '4096', label: '4096 (May be incompatible with some clients!)' },
        ],
      }),
    ],
    { description: ADD_DEVICE.descriptions.options },
  ),
  k.form(
    'cache',
    ADD_DEVICE.pages.cache,
    [
      k.radio('cacheMode', {
        label: ADD_DEVICE.fields.cacheMode,
        default: DEFAULT_CACHE_MODE,
        owns: ['cacheMode'],
        options: CACHE_MODES.map((mode) => ({ id: mode, label: CACHE_MODE_LABELS[mode] })),
        warn: (mode) => (mode === 'write-back' ? ADD_DEVICE.writeBackWarning : undefined),
      }),
      k.number('cacheSizeMb', {
        label: ADD_DEVICE.fields.cacheSizeMb,
        unit: 'MB',
        default: DEFAULT_CACHE_SIZE_MB,
        minValue: 1,
        owns: ['cacheSizeMb'],
        disabled: (v) => (v.cacheMode === 'none' ? 'no cache is used' : undefined),
        summary: (size, v) => (v.cacheMode === 'none' ? '—' : `${size} MB`),
      }),
    ],
    { description: ADD_DEVICE.descriptions.cache },
  ),
  k.form(
    'target',
    ADD_DEVICE.pages.target,
    [
      k.text('targetAlias', {
        label: ADD_DEVICE.fields.targetAlias,
        default: (v) => withoutExtension(fileNameOf(v)),
        validate: (alias) => targetAliasProblem(alias),
      }),
      k.text('targetName', {
        label: ADD_DEVICE.fields.targetName,
        default: (v, ctx) => (v.targetAlias ? defaultTargetName(ctx.server, v.targetAlias) : ''),
        validate: (name) => iscsiNameProblem(name),
      }),
    ],
    { description: ADD_DEVICE.descriptions.target, summaryGroup: onServer },
  ),
  k.summary('summary', ADD_DEVICE.pages.summary, { description: ADD_DEVICE.descriptions.summary, submitLabel: ADD_DEVICE.submit }),
  k.completion('completion', ADD_DEVICE.pages.completion, (v) => ADD_DEVICE.descriptions.completion(fileNameOf(v))),
]);

/** The wizard's values as the create route's body: a plain image-file device. */
export function toImageDeviceRequest(v: AddDeviceValues): CreateDeviceRequest {
  return {
    targetAlias: v.targetAlias,
    targetName: v.targetName,
    targetType: 'hard-disk',
    deviceType: 'image-file',
    sizeBytes: sizeBytesOf(v),
    sectorSizeBytes: Number(v.sectorSize) as SectorSizeBytes,
    cacheMode: v.cacheMode as CacheMode,
    cacheSizeMb: v.cacheMode === 'none' ? 0 : v.cacheSizeMb,
    image: { ...splitFilePath(v.imagePath), createNew: v.imageCreateNew },
  };
}
