// The Add Target wizard as data (seed document, "Setup StarWind SAN Software", steps 5 to 15), and
// the mapping of its values onto the create route's CreateDeviceRequest. Each field names the
// request paths it owns, so the lab's answers to `?validate=only` land on the right field.
import type { CreateDeviceRequest, Host, StarWindDevice, StarWindTarget } from '../../api/types';
import { iscsiNameProblem } from '../../domain/iqn';
import {
  CACHE_MODES,
  DEFAULT_CACHE_MODE,
  DEFAULT_CACHE_SIZE_MB,
  DEFAULT_FAILOVER_STRATEGY,
  DEFAULT_INIT_METHOD,
  DEFAULT_SECTOR_SIZE_BYTES,
  ISCSI_TARGET_PORT,
  STARWIND_DEFAULT_LOGIN,
  STARWIND_DEFAULT_PASSWORD,
  STARWIND_MANAGEMENT_PORT,
  defaultPartnerAlias,
  defaultTargetName,
  targetAliasProblem,
  volumeOfFolder,
  type SectorSizeBytes,
} from '../../domain/starwind';
import { BYTES_PER_GIB, BYTES_PER_MIB, formatBytesWindows } from '../../domain/units';
import type { Job } from '../../domain/jobs';
import { createWizardKit, erase, joinFilePath, splitFilePath, summaryText, type FieldOption } from '../../wizard/model';
import { browseFolders, imagePathProblem, partnerImagePath, roomiestVolume } from './image-files';
import { CACHE_MODE_LABELS, PRIORITY_LABELS, WIZARD } from './labels';
import { resolveHost } from './model';
import type { StarWindVersion } from './version';

export type AddTargetValues = {
  targetAlias: string;
  targetName: string;
  targetType: string;
  deviceKind: string;
  basicType: string;
  advancedType: string;
  partnerAddress: string;
  partnerPort: number;
  partnerLogin: string;
  partnerPassword: string;
  partnerTargetAlias: string;
  partnerTargetName: string;
  imagePath: string;
  imageCreateNew: boolean;
  partnerImagePath: string;
  partnerImageCreateNew: boolean;
  sizeAmount: number;
  sizeUnit: string;
  sectorSize: string;
  cacheMode: string;
  cacheSizeMb: number;
  syncLocalIp: string;
  syncPartnerIp: string;
  localPriority: string;
  initMethod: string;
};

export interface AddTargetContext {
  /** The server selected in the console when Add Target was chosen (the document's SWS-Store1). */
  server: string;
  hosts: Record<string, Host>;
  targets: readonly StarWindTarget[];
  devices: readonly StarWindDevice[];
  /**
   * The lab's StarWind version (lab option starwindVersion): 5 shows the seed's pages; 8 makes no
   * HA device here (StarWind 8 adds the partner with Replication Manager → Add Replica) and adds
   * its cache and sector size pages to the plain image file.
   */
  version: StarWindVersion;
}

const k = createWizardKit<AddTargetValues, AddTargetContext>();

const UNIT_BYTES: Record<string, number> = { MB: BYTES_PER_MIB, GB: BYTES_PER_GIB };

export const isHa = (v: AddTargetValues) => v.deviceKind === 'advanced' && v.advancedType === 'ha';
/** Pages and fields StarWind added after the seed's version 5 (cache, sector size). */
const isV8 = (_v: AddTargetValues, ctx: AddTargetContext) => ctx.version === 8;
export const sizeBytesOf = (v: AddTargetValues) => Math.round(v.sizeAmount * (UNIT_BYTES[v.sizeUnit] ?? BYTES_PER_MIB));

/** The partner's host when what was typed names a server of the lab. */
export function partnerHost(v: AddTargetValues, ctx: AddTargetContext): Host | undefined {
  return resolveHost(ctx.hosts, v.partnerAddress);
}

/** The partner's name as the default Target Name uses it: its host name, else what was typed. */
function partnerName(v: AddTargetValues, ctx: AddTargetContext): string {
  return partnerHost(v, ctx)?.name ?? v.partnerAddress.trim();
}

function addressOptions(host: Host | undefined): FieldOption[] {
  return (host?.nics ?? []).map((nic) => ({ id: nic.ip, label: WIZARD.channel(nic.ip, nic.name), ...(nic.linkUp ? {} : { unavailable: 'network cable unplugged' }) }));
}

function sizeProblem(folder: string, host: Host | undefined, v: AddTargetValues): string | undefined {
  const bytes = sizeBytesOf(v);
  if (!(bytes > 0)) return WIZARD.messages.sizeZero;
  const letter = volumeOfFolder(folder);
  const volume = host?.volumes.find((candidate) => candidate.letter === letter);
  if (host && volume && bytes > volume.freeBytes) return WIZARD.messages.sizeTooLarge(volume.letter, host.name, formatBytesWindows(volume.freeBytes));
  return undefined;
}

function nameProblem(name: string, ctx: AddTargetContext): string | undefined {
  return iscsiNameProblem(name) ?? (ctx.targets.some((target) => target.iqn === name) ? WIZARD.messages.nameTaken(name) : undefined);
}

const localHost = (ctx: AddTargetContext) => ctx.hosts[ctx.server];

export const addTargetWizard = k.wizard('starwind-add-target', WIZARD.title, [
  // Step 5: the alias; the Target Name follows it until edited.
  k.form(
    'alias',
    WIZARD.pages.alias,
    [
      k.text('targetAlias', {
        label: WIZARD.fields.targetAlias,
        validate: (alias, _v, ctx) =>
          targetAliasProblem(alias) ?? (ctx.targets.some((target) => target.host === ctx.server && target.alias.toLowerCase() === alias.toLowerCase()) ? WIZARD.messages.aliasTaken(alias, ctx.server) : undefined),
      }),
      k.text('targetName', {
        label: WIZARD.fields.targetName,
        default: (v, ctx) => (v.targetAlias ? defaultTargetName(ctx.server, v.targetAlias) : ''),
        validate: (name, _v, ctx) => nameProblem(name, ctx),
      }),
    ],
    { description: WIZARD.descriptions.alias, summaryGroup: (_v, ctx) => WIZARD.groups.server(ctx.server) },
  ),
  // Step 6: Hard Disk.
  k.form(
    'targetType',
    WIZARD.pages.targetType,
    [
      k.radio('targetType', {
        label: WIZARD.fields.targetType,
        default: 'hard-disk',
        options: [
          { id: 'hard-disk', label: WIZARD.targetTypes.hardDisk },
          { id: 'optical', label: WIZARD.targetTypes.optical, unavailable: WIZARD.notSimulated },
          { id: 'tape', label: WIZARD.targetTypes.tape, unavailable: WIZARD.notSimulated },
        ],
      }),
    ],
    { description: WIZARD.descriptions.targetType },
  ),
  // Step 7: Advanced Virtual (Basic Virtual makes a plain image file).
  k.form(
    'deviceKind',
    WIZARD.pages.deviceKind,
    [
      k.radio('deviceKind', {
        label: WIZARD.fields.deviceKind,
        // StarWind 8 makes no HA device here (see advancedType): a plain image file is its Add Target.
        default: (_v, ctx) => (ctx.version === 8 ? 'basic' : 'advanced'),
        owns: ['deviceType'],
        options: [
          { id: 'physical', label: WIZARD.deviceKinds.physical, description: WIZARD.deviceKindDescriptions.physical, unavailable: WIZARD.notSimulated },
          { id: 'basic', label: WIZARD.deviceKinds.basic, description: WIZARD.deviceKindDescriptions.basic },
          { id: 'advanced', label: WIZARD.deviceKinds.advanced, description: WIZARD.deviceKindDescriptions.advanced },
        ],
      }),
    ],
    { description: WIZARD.descriptions.deviceKind },
  ),
  k.form(
    'basicType',
    WIZARD.pages.basicType,
    [
      k.radio('basicType', {
        label: WIZARD.fields.basicType,
        default: 'image-file',
        options: [
          { id: 'image-file', label: WIZARD.basicTypes.imageFile },
          { id: 'ram-disk', label: WIZARD.basicTypes.ramDisk, unavailable: WIZARD.notSimulated },
        ],
      }),
    ],
    { description: WIZARD.descriptions.basicType, visible: (v) => v.deviceKind === 'basic' },
  ),
  // Step 8: High Availability device.
  k.form(
    'advancedType',
    WIZARD.pages.advancedType,
    [
      k.radio('advancedType', {
        label: WIZARD.fields.advancedType,
        default: 'ha',
        owns: ['ha'],
        // StarWind 8's Add Target has no High Availability page: the partner is added to a device.
        options: (_v, ctx) => [
          { id: 'mirror', label: WIZARD.advancedTypes.mirror, unavailable: WIZARD.notSimulated },
          { id: 'snapshot', label: WIZARD.advancedTypes.snapshot, unavailable: WIZARD.notSimulated },
          { id: 'ha', label: WIZARD.advancedTypes.ha, ...(ctx.version === 8 ? { unavailable: WIZARD.haInV8 } : {}) },
        ],
      }),
    ],
    { description: WIZARD.descriptions.advancedType, visible: (v) => v.deviceKind === 'advanced' },
  ),
  // Step 9: the partner server and ITS credentials.
  k.form(
    'partner',
    WIZARD.pages.partner,
    [
      k.text('partnerAddress', {
        label: WIZARD.fields.partnerAddress,
        owns: ['ha.partnerAddress'],
        validate: (address, v, ctx) => {
          if (!address.trim()) return WIZARD.messages.partnerEmpty;
          const host = partnerHost(v, ctx);
          if (host?.name === ctx.server) return WIZARD.messages.partnerIsLocal(ctx.server);
          return undefined;
        },
      }),
      k.number('partnerPort', { label: WIZARD.fields.partnerPort, default: STARWIND_MANAGEMENT_PORT, minValue: 1, maxValue: 65535, owns: ['ha.partnerPort'] }),
      k.text('partnerLogin', { label: WIZARD.fields.partnerLogin, default: STARWIND_DEFAULT_LOGIN, owns: ['ha.partnerLogin'], validate: (login) => (login ? undefined : WIZARD.messages.loginEmpty) }),
      k.password('partnerPassword', { label: WIZARD.fields.partnerPassword, default: STARWIND_DEFAULT_PASSWORD, owns: ['ha.partnerPassword'] }),
    ],
    { description: (_v, ctx) => WIZARD.descriptions.partner(ctx.server), visible: isHa, summaryGroup: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)) },
  ),
  // Step 10: the partner target, HA1Partner by default.
  k.form(
    'partnerTarget',
    WIZARD.pages.partnerTarget,
    [
      k.text('partnerTargetAlias', {
        label: WIZARD.fields.partnerTargetAlias,
        default: (v) => (v.targetAlias ? defaultPartnerAlias(v.targetAlias) : ''),
        owns: ['ha.partnerTargetAlias'],
        validate: (alias, v, ctx) => {
          const partner = partnerName(v, ctx);
          return targetAliasProblem(alias) ?? (ctx.targets.some((target) => target.host === partner && target.alias.toLowerCase() === alias.toLowerCase()) ? WIZARD.messages.aliasTaken(alias, partner) : undefined);
        },
      }),
      k.text('partnerTargetName', {
        label: WIZARD.fields.partnerTargetName,
        default: (v, ctx) => (v.partnerTargetAlias && partnerName(v, ctx) ? defaultTargetName(partnerName(v, ctx), v.partnerTargetAlias) : ''),
        owns: ['ha.partnerTargetName'],
        validate: (name, v, ctx) => nameProblem(name, ctx) ?? (name === v.targetName ? WIZARD.messages.sameNames : undefined),
      }),
    ],
    { description: WIZARD.descriptions.partnerTarget, visible: isHa, summaryGroup: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)) },
  ),
  // Step 11: the image files on both servers, with Create new, and the size.
  k.form(
    'image',
    WIZARD.pages.image,
    [
      // A path and Browse… (the seed's "Using the browse button, select the drive and folder").
      k.file('imagePath', {
        label: WIZARD.fields.imagePath,
        browseTitle: WIZARD.browseTitle,
        group: (_v, ctx) => WIZARD.groups.server(ctx.server),
        default: (v, ctx) => (v.targetAlias ? joinFilePath(roomiestVolume(localHost(ctx)), `${v.targetAlias}.img`) : ''),
        browse: (_v, ctx) => browseFolders(localHost(ctx), ctx.devices),
        // The summary tells the two servers' files apart.
        summary: (path, _v, ctx) => WIZARD.imageOn(path, ctx.server),
        owns: ['image.folder', 'image', 'image.fileName'],
        validate: (path) => imagePathProblem(path),
      }),
      // The seed: "enable the Create new check box" — StarWind 5 left it unchecked; version 8 checks it.
      k.checkbox('imageCreateNew', { label: WIZARD.fields.createNew, group: (_v, ctx) => WIZARD.groups.server(ctx.server), default: (_v, ctx) => ctx.version === 8, owns: ['image.createNew'] }),
      // The same name and location on the partner, as the seed advises, when it has that volume.
      k.file('partnerImagePath', {
        label: WIZARD.fields.imagePath,
        browseTitle: WIZARD.browseTitle,
        group: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)),
        visible: isHa,
        default: (v, ctx) => {
          const { folder, fileName } = splitFilePath(v.imagePath);
          return fileName ? partnerImagePath(partnerHost(v, ctx), folder, fileName) : '';
        },
        browse: (v, ctx) => browseFolders(partnerHost(v, ctx), ctx.devices),
        summary: (path, v, ctx) => WIZARD.imageOn(path, partnerName(v, ctx)),
        owns: ['ha.partnerImage.folder', 'ha.partnerImage', 'ha.partnerImage.fileName'],
        validate: (path) => imagePathProblem(path),
      }),
      k.checkbox('partnerImageCreateNew', {
        label: WIZARD.fields.createNew,
        group: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)),
        visible: isHa,
        default: (v) => v.imageCreateNew,
        owns: ['ha.partnerImage.createNew'],
      }),
      k.number('sizeAmount', {
        label: WIZARD.fields.size,
        default: 1024,
        minValue: 1,
        unit: { name: 'sizeUnit', label: WIZARD.fields.sizeUnit, default: 'MB', options: [{ id: 'MB', label: WIZARD.sizeUnits.MB }, { id: 'GB', label: WIZARD.sizeUnits.GB }] },
        owns: ['sizeBytes'],
        validate: (_amount, v, ctx) => {
          const [local, partner] = imageFolders(v);
          return sizeProblem(local, localHost(ctx), v) ?? (isHa(v) ? sizeProblem(partner, partnerHost(v, ctx), v) : undefined);
        },
        summary: (amount, v) => `${amount} ${v.sizeUnit} (${sizeBytesOf(v).toLocaleString('en-US')} bytes)`,
      }),
      // 4096-byte sectors came with later versions; version 5 sends the default 512.
      k.select('sectorSize', {
        label: WIZARD.fields.sectorSize,
        visible: isV8,
        default: String(DEFAULT_SECTOR_SIZE_BYTES),
        owns: ['sectorSizeBytes'],
        options: [
          { id: '512', label: WIZARD.sectorSizes[512] },
          { id: '4096', label: WIZARD.sectorSizes[4096] },
        ],
      }),
    ],
    { description: (v) => (isHa(v) ? WIZARD.descriptions.image : WIZARD.descriptions.imageBasic), groupColumns: true },
  ),
  // v8: the RAM cache.
  k.form(
    'cache',
    WIZARD.pages.cache,
    [
      k.radio('cacheMode', {
        label: WIZARD.fields.cacheMode,
        default: DEFAULT_CACHE_MODE,
        owns: ['cacheMode'],
        options: CACHE_MODES.map((mode) => ({ id: mode, label: CACHE_MODE_LABELS[mode] })),
      }),
      k.number('cacheSizeMb', {
        label: WIZARD.fields.cacheSizeMb,
        unit: 'MB',
        default: DEFAULT_CACHE_SIZE_MB,
        minValue: 1,
        owns: ['cacheSizeMb'],
        disabled: (v) => (v.cacheMode === 'none' ? 'no cache is used' : undefined),
        summary: (size, v) => (v.cacheMode === 'none' ? '—' : `${size} MB`),
      }),
    ],
    { description: WIZARD.descriptions.cache, visible: isV8 },
  ),
  // Step 12: targets and ports are given; the interface and the priority are set by hand: one
  // interface, for synchronization, and none is chosen until the user picks one ("The interface
  // needs to be manually set").
  k.form(
    'interfaces',
    WIZARD.pages.interfaces,
    [
      k.staticText('localTargetInfo', {
        label: WIZARD.fields.localTarget,
        group: (_v, ctx) => WIZARD.groups.server(ctx.server),
        text: (v) => WIZARD.targetInfo(v.targetAlias, v.targetName, ISCSI_TARGET_PORT),
      }),
      k.select('syncLocalIp', {
        label: WIZARD.fields.syncLocalIp,
        group: (_v, ctx) => WIZARD.groups.server(ctx.server),
        default: '',
        unchosen: (_v, ctx) => WIZARD.messages.chooseInterface(ctx.server),
        options: (_v, ctx) => addressOptions(localHost(ctx)),
        owns: ['ha.syncLocalIp'],
      }),
      k.radio('localPriority', {
        label: WIZARD.fields.localPriority,
        group: (_v, ctx) => WIZARD.groups.server(ctx.server),
        default: 'primary',
        owns: ['ha.localPriority'],
        options: [
          { id: 'primary', label: PRIORITY_LABELS.primary },
          { id: 'secondary', label: PRIORITY_LABELS.secondary },
        ],
      }),
      k.staticText('partnerTargetInfo', {
        label: WIZARD.fields.partnerTargetInfo,
        group: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)),
        text: (v) => WIZARD.targetInfo(v.partnerTargetAlias, v.partnerTargetName, ISCSI_TARGET_PORT),
      }),
      k.select('syncPartnerIp', {
        label: WIZARD.fields.syncPartnerIp,
        group: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)),
        default: '',
        unchosen: (v, ctx) => WIZARD.messages.chooseInterface(partnerName(v, ctx)),
        options: (v, ctx) => addressOptions(partnerHost(v, ctx)),
        owns: ['ha.syncPartnerIp'],
      }),
      k.staticText('partnerPriority', {
        label: WIZARD.fields.partnerPriority,
        group: (v, ctx) => WIZARD.groups.partner(partnerName(v, ctx)),
        text: (v) => PRIORITY_LABELS[v.localPriority === 'primary' ? 'secondary' : 'primary'],
        summary: true,
      }),
    ],
    { description: WIZARD.descriptions.interfaces, visible: isHa, groupColumns: true },
  ),
  // Step 13: how the two images start.
  k.form(
    'initialization',
    WIZARD.pages.initialization,
    [
      k.radio('initMethod', {
        label: WIZARD.fields.initMethod,
        default: DEFAULT_INIT_METHOD,
        owns: ['ha.initMethod'],
        options: (v, ctx) => {
          const partner = partnerName(v, ctx);
          return [
            { id: 'clear', label: WIZARD.initMethods.clear, description: WIZARD.initDescriptions.clear },
            { id: 'sync-from-local', label: WIZARD.initMethods.fromLocal(ctx.server), description: WIZARD.initDescriptions.fromLocal(ctx.server, partner) },
            { id: 'sync-from-partner', label: WIZARD.initMethods.fromPartner(partner), description: WIZARD.initDescriptions.fromPartner(partner, ctx.server) },
            { id: 'do-not-synchronize', label: WIZARD.initMethods.none, description: WIZARD.initDescriptions.none },
          ];
        },
      }),
    ],
    { description: WIZARD.descriptions.initialization, visible: isHa },
  ),
  // Step 14: nothing to do but Next or Cancel. Step 15: Finish. The last page follows the initial
  // synchronisation the lab started (an HA device), and keeps the summary to save "for documentation".
  k.summary('summary', WIZARD.pages.summary, { description: WIZARD.descriptions.summary, submitLabel: 'Next >' }),
  k.progress('completion', WIZARD.pages.completion, {
    description: (v) => WIZARD.descriptions.completion(v.targetAlias),
    report: { fileName: (v) => WIZARD.reportFile(v.targetAlias), text: (v, ctx, job) => addTargetReport(v, ctx, job) },
  }),
]);

/** The summary as text, with how the initial synchronisation stands when it is saved. */
export function addTargetReport(v: AddTargetValues, ctx: AddTargetContext, job: Job | null): string {
  const summary = summaryText(erase(addTargetWizard), v, ctx);
  return job ? `${summary}\n${job.title}: ${job.result?.message ?? WIZARD.jobStates[job.state]}\n` : summary;
}

/** The two paths chosen with Browse…, as the request's folder and file name. */
function imageFolders(v: AddTargetValues): [string, string] {
  return [splitFilePath(v.imagePath).folder, splitFilePath(v.partnerImagePath).folder];
}

/**
 * The wizard's values as the create route's body. Version 5 has no cache or sector size choice: it
 * sends the values createDeviceBodySchema would default to (write-back 128 MB, 512-byte sectors).
 * Only version 5 makes an HA device here; it has no failover strategy or heartbeat choice, so it
 * sends the body's default strategy (Heartbeat) and empty heartbeat addresses (no heartbeat
 * channel: the engine applies StarWind 5's own partner-loss rule in a version 5 lab).
 */
export function toCreateDeviceRequest(v: AddTargetValues, version: StarWindVersion): CreateDeviceRequest {
  const v5 = version === 5;
  const cacheMode = (v5 ? DEFAULT_CACHE_MODE : v.cacheMode) as CreateDeviceRequest['cacheMode'];
  const request: CreateDeviceRequest = {
    targetAlias: v.targetAlias,
    targetName: v.targetName,
    targetType: 'hard-disk',
    deviceType: isHa(v) ? 'ha' : 'image-file',
    sizeBytes: sizeBytesOf(v),
    sectorSizeBytes: (v5 ? DEFAULT_SECTOR_SIZE_BYTES : Number(v.sectorSize)) as SectorSizeBytes,
    cacheMode,
    cacheSizeMb: cacheMode === 'none' ? 0 : v5 ? DEFAULT_CACHE_SIZE_MB : v.cacheSizeMb,
    image: { ...splitFilePath(v.imagePath), createNew: v.imageCreateNew },
  };
  if (!isHa(v)) return request;
  return {
    ...request,
    ha: {
      partnerAddress: v.partnerAddress.trim(),
      partnerPort: v.partnerPort,
      partnerLogin: v.partnerLogin,
      partnerPassword: v.partnerPassword,
      partnerTargetAlias: v.partnerTargetAlias,
      partnerTargetName: v.partnerTargetName,
      partnerImage: { ...splitFilePath(v.partnerImagePath), createNew: v.partnerImageCreateNew },
      syncLocalIp: v.syncLocalIp,
      syncPartnerIp: v.syncPartnerIp,
      heartbeatLocalIp: '',
      heartbeatPartnerIp: '',
      localPriority: v.localPriority as 'primary' | 'secondary',
      failoverStrategy: DEFAULT_FAILOVER_STRATEGY,
      initMethod: v.initMethod as NonNullable<CreateDeviceRequest['ha']>['initMethod'],
    },
  };
}
