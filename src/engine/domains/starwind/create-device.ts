// starwindCreateDevice: the Add Target wizard's result. Every rule is checked and every problem
// reported, keyed by the request path it concerns ('targetAlias', 'ha.syncPartnerIp', ...); the
// first problem's code names the refusal. `createDeviceWarnings` gives the allowed-but-risky
// choices for `Lab.validate`.
import { isIpv4 } from '../../../domain/net';
import {
  CACHE_MODES,
  DEFAULT_SPLIT_BRAIN_WINNER,
  FAILOVER_STRATEGIES,
  HA_PRIORITIES,
  imageFileNameProblem,
  imageFolderProblem,
  INIT_METHODS,
  type InitMethod,
  NO_WITNESS_REASON,
  SECTOR_SIZES_BYTES,
  SINGLE_LINK_WARNING,
  SPLIT_BRAIN_WINNERS,
  targetAliasProblem,
  volumeOfFolder,
} from '../../../domain/starwind';
import { iscsiNameProblem } from '../../../domain/iqn';
import { formatBytesWindows } from '../../../domain/units';
import type { ErrorKind } from '../../../domain/errors';
import { reject, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, CreateDeviceRequest, Host, ImageFileSpec, Volume } from '../../types';
import { canReachIp } from '../network';
import { DEVICE_SIZE_MAX_BYTES, findConsoleServer } from './common';
import { credentialsProblem, reachStarWindServer } from './console-servers';
import { applyCreateDevice, type DevicePlan, type ImagePlan } from './create-device-apply';
import { findImageFile, imagePath } from './state';

type CreateDevice = Extract<Command, { type: 'starwindCreateDevice' }>;

export interface Issue {
  field: string;
  code: string;
  kind: ErrorKind;
  message: string;
}

export class Issues {
  readonly list: Issue[] = [];
  add(field: string, code: string, kind: ErrorKind, message: string): void {
    if (!this.list.some((issue) => issue.field === field)) this.list.push({ field, code, kind, message });
  }
  has(field: string): boolean {
    return this.list.some((issue) => issue.field === field);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function decideCreateDevice(state: LabState, command: CreateDevice): Decision {
  const server = findConsoleServer(state, command.server);
  if (!server) {
    const message = `The console has no server "${String(command.server)}".`;
    return reject('starwind.server_not_found', 'not_found', message, { server: message });
  }
  if (!server.connected) {
    const message = `Connect to ${server.host} first (log in with its user name and password).`;
    return reject('starwind.not_connected', 'conflict', message, { server: message });
  }
  const local = state.network.hosts.get(server.id);
  if (!local || !isRecord(command.request)) {
    const message = 'The request must be an object with the wizard\'s fields.';
    return reject('starwind.invalid_request', 'invalid', message, { request: message });
  }
  const issues = new Issues();
  const plan = checkRequest(state, local, command.request as unknown as Record<string, unknown>, issues);
  if (issues.list.length > 0 || !plan) return rejectIssues(issues);
  return { ok: true, apply: (ctx) => applyCreateDevice(ctx, plan) };
}

/** The refusal for a checked request: the first problem's code and message, every problem by field. */
export function rejectIssues(issues: Issues): Decision {
  const lead = issues.list[0] ?? { code: 'starwind.invalid_request', kind: 'invalid' as const, message: 'The request is not valid.', field: 'request' };
  const more = issues.list.length > 1 ? ` (${issues.list.length - 1} more problem${issues.list.length > 2 ? 's' : ''})` : '';
  return reject(lead.code, lead.kind, `${lead.message}${more}`, Object.fromEntries(issues.list.map((issue) => [issue.field, issue.message])));
}

export function createDeviceWarnings(_state: LabState, command: Command): Record<string, string> {
  if (command.type !== 'starwindCreateDevice' || !isRecord(command.request) || command.request.deviceType !== 'ha') return {};
  return haWarnings(command.request.ha, 'ha.');
}

/** One link used for both synchronization and heartbeat is allowed but loses both at once. */
export function haWarnings(ha: Record<string, unknown> | object | undefined, prefix: string): Record<string, string> {
  if (!isRecord(ha)) return {};
  if (ha.syncLocalIp === ha.heartbeatLocalIp && ha.syncPartnerIp === ha.heartbeatPartnerIp) return { [`${prefix}heartbeatLocalIp`]: SINGLE_LINK_WARNING };
  return {};
}

function checkRequest(state: LabState, local: Host, request: Record<string, unknown>, issues: Issues): DevicePlan | undefined {
  const targetAlias = text(request.targetAlias);
  checkAlias(state, local, targetAlias, 'targetAlias', issues);
  const targetName = text(request.targetName);
  checkTargetName(state, targetName, 'targetName', issues);
  if (request.targetType !== 'hard-disk') issues.add('targetType', 'starwind.unsupported_target_type', 'invalid', 'Hard Disk is the only target type this lab simulates.');
  const deviceType = request.deviceType;
  if (deviceType !== 'image-file' && deviceType !== 'ha') issues.add('deviceType', 'starwind.unsupported_device_type', 'invalid', 'Choose a High Availability device or an image file device; the other types are not simulated.');
  const sectorSizeBytes = request.sectorSizeBytes;
  const sectorOk = (SECTOR_SIZES_BYTES as readonly unknown[]).includes(sectorSizeBytes);
  if (!sectorOk) issues.add('sectorSizeBytes', 'starwind.invalid_sector_size', 'invalid', `The sector size is ${SECTOR_SIZES_BYTES.join(' or ')} bytes.`);
  const sizeBytes = request.sizeBytes;
  let sizeOk = false;
  if (typeof sizeBytes !== 'number' || !Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) issues.add('sizeBytes', 'starwind.invalid_size', 'invalid', 'The size must be a whole number of bytes greater than zero.');
  else if (sectorOk && sizeBytes % (sectorSizeBytes as number) !== 0) issues.add('sizeBytes', 'starwind.invalid_size', 'invalid', `The size must be a whole number of ${String(sectorSizeBytes)}-byte sectors.`);
  else if (sizeBytes > DEVICE_SIZE_MAX_BYTES) issues.add('sizeBytes', 'starwind.invalid_size', 'invalid', `The size must be at most ${DEVICE_SIZE_MAX_BYTES} bytes (16 TB less 4 KB), the largest device the lab keeps block state for.`);
  else sizeOk = true;
  const cacheMode = request.cacheMode;
  if (!(CACHE_MODES as readonly unknown[]).includes(cacheMode)) issues.add('cacheMode', 'starwind.invalid_cache_mode', 'invalid', `The cache mode is one of ${CACHE_MODES.join(', ')}.`);
  const cacheSizeMb = request.cacheSizeMb;
  if (typeof cacheSizeMb !== 'number' || !Number.isSafeInteger(cacheSizeMb) || cacheSizeMb < 0) issues.add('cacheSizeMb', 'starwind.invalid_cache_size', 'invalid', 'The cache size is a whole number of MB, 0 or more.');
  else if (cacheMode !== 'none' && cacheSizeMb === 0) issues.add('cacheSizeMb', 'starwind.invalid_cache_size', 'invalid', 'A write-back or write-through cache needs a size of at least 1 MB.');
  const size = sizeOk ? (sizeBytes as number) : undefined;
  const image = checkImage(state, local, request.image, 'image', size, 'sizeBytes', issues);
  let ha: DevicePlan['ha'];
  if (deviceType === 'ha') ha = checkHa(state, local, request.ha, 'ha.', { sizeBytes: size, targetName, initMethods: INIT_METHODS }, issues);
  if (issues.list.length > 0 || !image || (deviceType === 'ha' && !ha)) return undefined;
  const valid = request as unknown as CreateDeviceRequest;
  return {
    local,
    targetAlias,
    targetName,
    deviceType: valid.deviceType,
    sizeBytes: valid.sizeBytes,
    sectorSizeBytes: valid.sectorSizeBytes,
    cacheMode: valid.cacheMode,
    cacheSizeMb: valid.cacheSizeMb,
    image,
    ha,
  };
}

export function checkAlias(state: LabState, host: Host | undefined, alias: string, field: string, issues: Issues): void {
  const problem = targetAliasProblem(alias);
  if (problem) return issues.add(field, 'starwind.invalid_alias', 'invalid', problem);
  if (!host) return;
  const upper = alias.toUpperCase();
  if ([...state.starwind.targets.values()].some((target) => target.host === host.id && target.alias.toUpperCase() === upper)) {
    issues.add(field, 'starwind.alias_taken', 'conflict', `${host.name} already has a target with the alias ${alias}.`);
  }
}

function checkTargetName(state: LabState, name: string, field: string, issues: Issues): void {
  const problem = iscsiNameProblem(name);
  if (problem) return issues.add(field, 'starwind.invalid_target_name', 'invalid', problem);
  const lower = name.toLowerCase();
  const owner = [...state.starwind.targets.values()].find((target) => target.iqn.toLowerCase() === lower);
  if (owner) issues.add(field, 'starwind.target_name_taken', 'conflict', `The target name ${name} is already used on ${owner.host}.`);
}

export function checkImage(state: LabState, host: Host | undefined, value: unknown, prefix: string, sizeBytes: number | undefined, sizeField: string, issues: Issues): ImagePlan | undefined {
  if (!isRecord(value)) {
    issues.add(`${prefix}.folder`, 'starwind.invalid_folder', 'invalid', 'Choose the image file\'s folder, file name and whether to create it.');
    return undefined;
  }
  const spec = value as Partial<ImageFileSpec>;
  const folder = text(spec.folder);
  const fileName = text(spec.fileName);
  let volume: Volume | undefined;
  const folderProblem = imageFolderProblem(folder);
  if (folderProblem) issues.add(`${prefix}.folder`, 'starwind.invalid_folder', 'invalid', folderProblem);
  else if (host) {
    const letter = volumeOfFolder(folder);
    volume = host.volumes.find((candidate) => candidate.letter === letter);
    if (!volume) issues.add(`${prefix}.folder`, 'starwind.no_such_drive', 'invalid', `${host.name} has no drive ${String(letter)}:.`);
  }
  const fileProblem = imageFileNameProblem(fileName);
  if (fileProblem) issues.add(`${prefix}.fileName`, 'starwind.invalid_file_name', 'invalid', fileProblem);
  if (typeof spec.createNew !== 'boolean') issues.add(`${prefix}.createNew`, 'starwind.invalid_request', 'invalid', 'Say whether to create a new image file.');
  if (!host || !volume || fileProblem || typeof spec.createNew !== 'boolean') return undefined;
  const path = imagePath(folder, fileName);
  const existing = findImageFile(state.starwind, host.id, folder, fileName);
  if (spec.createNew) {
    if (existing) issues.add(`${prefix}.fileName`, 'starwind.image_exists', 'conflict', `The file ${path} already exists on ${host.name}; clear Create new to use it.`);
    else if (sizeBytes !== undefined && sizeBytes > volume.freeBytes) {
      issues.add(sizeField, 'starwind.insufficient_space', 'invalid', `Drive ${volume.letter}: of ${host.name} has only ${formatBytesWindows(volume.freeBytes)} free; the image needs ${formatBytesWindows(sizeBytes)}.`);
    }
  } else if (!existing) {
    issues.add(`${prefix}.fileName`, 'starwind.image_not_found', 'conflict', `There is no file ${path} on ${host.name}; select Create new to create it.`);
  } else {
    const lowerPath = path.toLowerCase();
    const user = [...state.starwind.devices.values()].find((device) => device.host === host.id && imagePath(device.imageFolder, device.imageFileName).toLowerCase() === lowerPath);
    if (user) issues.add(`${prefix}.fileName`, 'starwind.image_in_use', 'conflict', `The file ${path} is in use by the device ${user.name} on ${host.name}.`);
    else if (sizeBytes !== undefined && existing.sizeBytes !== sizeBytes) {
      issues.add(sizeField, 'starwind.image_size_mismatch', 'invalid', `The file ${path} on ${host.name} holds ${existing.sizeBytes} bytes; the device size must match it.`);
    }
  }
  return { folder, fileName, createNew: spec.createNew, volume: volume.letter };
}

/** What the partner part is checked against: the device's size, the local target's name, the allowed initial synchronisations. */
export interface HaCheckContext {
  sizeBytes: number | undefined;
  targetName: string;
  initMethods: readonly InitMethod[];
}

/**
 * The partner part of an HA device (Add Target's High Availability pages, or Add Replica on an
 * existing device): `prefix` is the request path of its fields ('ha.' or '' for Add Replica).
 */
export function checkHa(state: LabState, local: Host, ha: unknown, prefix: string, context: HaCheckContext, issues: Issues): DevicePlan['ha'] {
  const { sizeBytes, targetName, initMethods } = context;
  if (!isRecord(ha)) {
    issues.add(prefix === '' ? 'request' : prefix.slice(0, -1), 'starwind.invalid_request', 'invalid', 'A High Availability device needs its partner settings.');
    return undefined;
  }
  // The partner: the StarWind servers talk to each other directly, so it is reached from the local server.
  const port = ha.partnerPort;
  let partner: Host | undefined;
  if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535) issues.add(`${prefix}partnerPort`, 'starwind.invalid_port', 'invalid', 'The port is a whole number from 1 to 65535.');
  const address = text(ha.partnerAddress).trim();
  if (address === '') issues.add(`${prefix}partnerAddress`, 'starwind.invalid_address', 'invalid', 'Enter the partner\'s host name or IP address.');
  else if (!issues.has(`${prefix}partnerPort`)) {
    const reached = reachStarWindServer(state, local.name, address, port as number, `${prefix}partnerAddress`, `${prefix}partnerPort`);
    if (!reached.ok) {
      const [field, message] = Object.entries(reached.error.errors ?? {})[0] ?? [`${prefix}partnerAddress`, reached.error.message];
      issues.add(field, reached.error.code === 'starwind.unreachable' ? 'starwind.partner_unreachable' : reached.error.code, reached.error.kind, message);
    } else if (reached.host.id === local.id) issues.add(`${prefix}partnerAddress`, 'starwind.partner_is_local', 'invalid', 'The partner must be another server.');
    else partner = reached.host;
  }
  if (partner) {
    const problem = credentialsProblem(state, partner.id, ha.partnerLogin, ha.partnerPassword);
    if (problem) issues.add(`${prefix}partnerPassword`, 'starwind.bad_credentials', 'invalid', `${partner.name}: ${problem}`);
  }
  const partnerTargetAlias = text(ha.partnerTargetAlias);
  checkAlias(state, partner, partnerTargetAlias, `${prefix}partnerTargetAlias`, issues);
  const partnerTargetName = text(ha.partnerTargetName);
  checkTargetName(state, partnerTargetName, `${prefix}partnerTargetName`, issues);
  if (!issues.has(`${prefix}partnerTargetName`) && partnerTargetName.toLowerCase() === targetName.toLowerCase()) {
    issues.add(`${prefix}partnerTargetName`, 'starwind.target_name_taken', 'conflict', 'The partner target needs a name of its own (each side of an HA device has its own IQN).');
  }
  const partnerImage = checkImage(state, partner, ha.partnerImage, `${prefix}partnerImage`, sizeBytes, `${prefix}partnerImage.folder`, issues);
  const addresses = {
    syncLocalIp: text(ha.syncLocalIp),
    syncPartnerIp: text(ha.syncPartnerIp),
    heartbeatLocalIp: text(ha.heartbeatLocalIp),
    heartbeatPartnerIp: text(ha.heartbeatPartnerIp),
  };
  // StarWind 5's wizard sets one interface, for synchronization (seed document, step 12): in a
  // version 5 lab both heartbeat addresses may be left empty, and the device has no heartbeat channel.
  const noHeartbeat = state.params.options.starwindVersion === 5 && addresses.heartbeatLocalIp === '' && addresses.heartbeatPartnerIp === '';
  for (const [localField, partnerField, kind] of [
    ['syncLocalIp', 'syncPartnerIp', 'synchronization'],
    ...(noHeartbeat ? [] : [['heartbeatLocalIp', 'heartbeatPartnerIp', 'heartbeat'] as const]),
  ] as const) {
    const localIp = addresses[localField];
    const partnerIp = addresses[partnerField];
    const localOk = checkOwnAddress(state, local, localIp, `${prefix}${localField}`, `the ${kind} address of ${local.name}`, issues);
    const partnerOk = partner ? checkOwnAddress(state, partner, partnerIp, `${prefix}${partnerField}`, `the ${kind} address of ${partner.name}`, issues) : isIpv4(partnerIp);
    if (partner && !partnerOk) continue;
    if (!partner && !isIpv4(partnerIp)) issues.add(`${prefix}${partnerField}`, 'starwind.invalid_address', 'invalid', `Choose the partner's ${kind} address.`);
    if (localOk && partnerOk && partner && !canReachIp(state, localIp, partnerIp)) {
      issues.add(`${prefix}${partnerField}`, 'starwind.address_unreachable', 'conflict', `${partnerIp} cannot be reached from ${localIp}.`);
    }
  }
  if (!(HA_PRIORITIES as readonly unknown[]).includes(ha.localPriority)) issues.add(`${prefix}localPriority`, 'starwind.invalid_priority', 'invalid', 'The priority is Primary or Secondary.');
  if (!(FAILOVER_STRATEGIES as readonly unknown[]).includes(ha.failoverStrategy)) issues.add(`${prefix}failoverStrategy`, 'starwind.invalid_failover_strategy', 'invalid', 'The failover strategy is Heartbeat or Node Majority.');
  else if (ha.failoverStrategy === 'node-majority') issues.add(`${prefix}failoverStrategy`, 'starwind.no_witness', 'conflict', NO_WITNESS_REASON);
  if (ha.splitBrainWinner !== undefined && !(SPLIT_BRAIN_WINNERS as readonly unknown[]).includes(ha.splitBrainWinner)) {
    issues.add(`${prefix}splitBrainWinner`, 'starwind.invalid_split_brain_policy', 'invalid', 'After a split brain, the data kept is the higher priority\'s or the most recent writes\'.');
  }
  if (!(initMethods as readonly unknown[]).includes(ha.initMethod)) issues.add(`${prefix}initMethod`, 'starwind.invalid_init_method', 'invalid', `The initial synchronization is one of ${initMethods.join(', ')}.`);
  if (!partner || !partnerImage) return undefined;
  const valid = ha as unknown as NonNullable<CreateDeviceRequest['ha']>;
  return {
    partner,
    partnerTargetAlias,
    partnerTargetName,
    partnerImage,
    ...addresses,
    localPriority: valid.localPriority,
    failoverStrategy: valid.failoverStrategy,
    initMethod: valid.initMethod,
    splitBrainWinner: valid.splitBrainWinner ?? DEFAULT_SPLIT_BRAIN_WINNER,
  };
}

function checkOwnAddress(state: LabState, host: Host, ip: string, field: string, what: string, issues: Issues): boolean {
  if (!isIpv4(ip)) {
    issues.add(field, 'starwind.invalid_address', 'invalid', `Choose ${what}.`);
    return false;
  }
  if (state.network.nicByIp.get(ip)?.host !== host) {
    issues.add(field, field.includes('Partner') ? 'starwind.not_partner_address' : 'starwind.not_local_address', 'invalid', `${ip} is not an address of ${host.name}.`);
    return false;
  }
  return true;
}
