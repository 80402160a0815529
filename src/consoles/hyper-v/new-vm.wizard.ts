// The New Virtual Machine Wizard (Windows Server 2008 R2 Hyper-V Manager): Before You Begin,
// Specify Name and Location, Assign Memory, Configure Networking, Connect Virtual Hard Disk,
// Installation Options, and Completing the New Virtual Machine Wizard with "Start the virtual
// machine after it is created". Fields are checked at once with the domain's rules; Next asks the
// lab (POST /hosts/{host}/vms?validate=only) and Finish creates the machine.
import { CSV_ROOT } from '../../domain/cluster';
import {
  DEFAULT_VM_PATH,
  defaultVhdFolder,
  localPathProblem,
  NOT_CONNECTED,
  VHD_SIZE_DEFAULT_BYTES,
  VHD_SIZE_MAX_BYTES,
  VHD_SIZE_MIN_BYTES,
  vhdNameProblem,
  VM_MEMORY_DEFAULT_BYTES,
  VM_MEMORY_MIN_BYTES,
  vmMemoryProblem,
  vmNameProblem,
  joinPath,
  normalizePath,
  type VmCreateRequest,
} from '../../domain/hyperv';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../../domain/units';
import { createWizardKit, type FileFolder } from '../../wizard/model';
import { WIZARD } from './labels';

export type NewVmValues = {
  name: string;
  storeElsewhere: boolean;
  location: string;
  memoryMb: number;
  networkConnection: string;
  diskMode: string;
  vhdName: string;
  vhdLocation: string;
  vhdSizeGb: number;
  vhdPath: string;
  install: string;
  isoPath: string;
  startAfter: boolean;
};

export interface NewVmContext {
  host: string;
  /** vmMemoryMaxBytes for the server (its OS version and memory for virtual machines). */
  memoryMaxBytes: number;
  /** Its volumes' roots ("C:\\") and its cluster's Cluster Shared Volumes, for the Location hint. */
  volumes: readonly string[];
  csvPaths: readonly string[];
}

export const DEFAULT_VM_NAME = 'New Virtual Machine';

const k = createWizardKit<NewVmValues, NewVmContext>();

const mbOf = (bytes: number) => bytes / BYTES_PER_MIB;
const problem = (text: string | null) => text ?? undefined;
const chosenLocation = (values: NewVmValues) => (values.storeElsewhere ? values.location : undefined);

/**
 * Location's Browse…: the server's volumes, with its cluster's Cluster Shared Volumes under
 * C:\ClusterStorage (the folders the lab knows a server has; it keeps no other folders).
 */
export function locationFolders(ctx: NewVmContext): FileFolder[] {
  return ctx.volumes.map((root) => {
    const csvs = ctx.csvPaths.filter((path) => path.toUpperCase().startsWith(root.toUpperCase()));
    const storage = csvs.length === 0 ? [] : [{ id: CSV_ROOT, label: CSV_ROOT.slice(CSV_ROOT.lastIndexOf('\\') + 1), children: csvs.map((path) => ({ id: path, label: path.slice(path.lastIndexOf('\\') + 1) })) }];
    return { id: root, label: root, children: storage };
  });
}

/** The body of POST /hosts/{host}/vms for the wizard's values. */
export function toCreateRequest(values: NewVmValues): VmCreateRequest {
  const location = chosenLocation(values);
  const hardDisk: VmCreateRequest['hardDisk'] =
    values.diskMode === 'existing'
      ? { mode: 'existing', path: values.vhdPath }
      : values.diskMode === 'later'
        ? { mode: 'later' }
        : { mode: 'create', name: values.vhdName, location: values.vhdLocation, sizeBytes: values.vhdSizeGb * BYTES_PER_GIB };
  return {
    name: values.name,
    ...(location !== undefined && { location }),
    memoryBytes: values.memoryMb * BYTES_PER_MIB,
    networkConnection: values.networkConnection,
    hardDisk,
    isoPath: values.install === 'iso' ? values.isoPath : null,
  };
}

function diskLine(values: NewVmValues): string {
  if (values.diskMode === 'later') return WIZARD.diskModes.later;
  if (values.diskMode === 'existing') return values.vhdPath;
  return `${joinPath(normalizePath(values.vhdLocation || '\\'), values.vhdName)} (${values.vhdSizeGb} GB)`;
}

export const newVmWizard = k.wizard('hyperv-new-vm', WIZARD.title, [
  k.form(
    'before',
    WIZARD.before,
    WIZARD.beforeText.map((text, index) => k.staticText(`intro${index}`, { label: '', text })),
  ),
  k.form(
    'name',
    WIZARD.nameTitle,
    [
      k.text('name', { label: WIZARD.name, default: DEFAULT_VM_NAME, autoFocus: true, validate: (name) => problem(vmNameProblem(name)), explanation: WIZARD.nameHint, owns: ['name'] }),
      k.checkbox('storeElsewhere', { label: WIZARD.storeElsewhere, default: false, summary: false }),
      k.file('location', {
        label: WIZARD.location,
        default: DEFAULT_VM_PATH,
        folderOnly: true,
        browseTitle: WIZARD.selectFolder,
        browse: (_v, ctx) => locationFolders(ctx),
        disabled: (values) => (values.storeElsewhere ? undefined : WIZARD.locationOff),
        validate: (path) => problem(localPathProblem(path)),
        explanation: (_v, ctx) => WIZARD.locationHint(ctx.volumes.join(', '), ctx.csvPaths.join(', ')),
        summary: (path, values) => (values.storeElsewhere ? normalizePath(path) : DEFAULT_VM_PATH),
        owns: ['location'],
      }),
    ],
    { description: WIZARD.nameDescription },
  ),
  k.form(
    'memory',
    WIZARD.memoryTitle,
    [
      k.number('memoryMb', {
        label: WIZARD.memory,
        unit: 'MB',
        default: mbOf(VM_MEMORY_DEFAULT_BYTES),
        minValue: mbOf(VM_MEMORY_MIN_BYTES),
        validate: (mb, _v, ctx) => problem(vmMemoryProblem(mb * BYTES_PER_MIB, ctx.memoryMaxBytes, ctx.host)),
        summary: (mb) => `${mb} MB`,
        owns: ['memoryBytes'],
      }),
    ],
    { description: (_v, ctx) => WIZARD.memoryDescription(ctx.memoryMaxBytes) },
  ),
  k.form(
    'network',
    WIZARD.networkTitle,
    [k.select('networkConnection', { label: WIZARD.connection, default: NOT_CONNECTED, options: [{ id: NOT_CONNECTED, label: NOT_CONNECTED }], explanation: WIZARD.noNetworks, owns: ['networkConnection'] })],
    { description: WIZARD.networkDescription },
  ),
  k.form(
    'disk',
    WIZARD.diskTitle,
    [
      k.radio('diskMode', {
        label: WIZARD.diskMode,
        default: 'create',
        options: (['create', 'existing', 'later'] as const).map((id) => ({ id, label: WIZARD.diskModes[id] })),
        summary: (_mode, values) => diskLine(values),
        owns: ['hardDisk.mode'],
      }),
      k.text('vhdName', {
        label: WIZARD.vhdName,
        default: (values) => `${values.name}.vhd`,
        visible: (values) => values.diskMode === 'create',
        validate: (name) => problem(vhdNameProblem(name)),
        summary: false,
        owns: ['hardDisk.name'],
      }),
      k.text('vhdLocation', {
        label: WIZARD.vhdLocation,
        default: (values) => defaultVhdFolder(chosenLocation(values), values.name),
        visible: (values) => values.diskMode === 'create',
        validate: (path) => problem(localPathProblem(path)),
        summary: false,
        owns: ['hardDisk.location'],
      }),
      k.number('vhdSizeGb', {
        label: WIZARD.vhdSize,
        unit: 'GB',
        default: VHD_SIZE_DEFAULT_BYTES / BYTES_PER_GIB,
        minValue: VHD_SIZE_MIN_BYTES / BYTES_PER_GIB,
        maxValue: VHD_SIZE_MAX_BYTES / BYTES_PER_GIB,
        visible: (values) => values.diskMode === 'create',
        explanation: WIZARD.vhdSizeHint(VHD_SIZE_MAX_BYTES / BYTES_PER_GIB),
        summary: false,
        owns: ['hardDisk.sizeBytes'],
      }),
      k.text('vhdPath', {
        label: WIZARD.vhdPath,
        default: '',
        visible: (values) => values.diskMode === 'existing',
        validate: (path) => problem(localPathProblem(path)),
        summary: false,
        owns: ['hardDisk.path'],
      }),
    ],
    { description: WIZARD.diskDescription },
  ),
  k.form(
    'install',
    WIZARD.installTitle,
    [
      k.radio('install', {
        label: WIZARD.install,
        default: 'later',
        options: (['later', 'iso'] as const).map((id) => ({ id, label: WIZARD.installModes[id] })),
        summary: (mode, values) => (mode === 'iso' ? values.isoPath : WIZARD.osLater),
      }),
      k.text('isoPath', { label: WIZARD.isoPath, default: '', visible: (values) => values.install === 'iso', validate: (path) => problem(localPathProblem(path)), summary: false, owns: ['isoPath'] }),
    ],
    { description: WIZARD.installDescription },
  ),
  k.summary('summary', WIZARD.completingTitle, {
    description: WIZARD.completingDescription,
    fields: [k.checkbox('startAfter', { label: WIZARD.startAfter, default: false, summary: false })],
  }),
]);
