// Semantic checks of a snapshot before it is restored (lab import, persistence). Each problem is
// one sentence naming the place, e.g. "hosts[3] (Demo2): NIC iSCSI address 10.1.1.1 is not in
// network iSCSI 172.30.100.0/24." Returns [] when the snapshot can be restored.
import { EVENT_LEVELS, EVENT_LOG_CAPACITY, EVENT_LOGS } from '../domain/event-log';
import { OS_VERSIONS } from '../domain/lab';
import { computerNameProblem } from '../domain/names';
import { ipInCidr, isIpv4, parseCidr } from '../domain/net';
import { POWER_ACTIONS, POWER_STATES } from '../domain/power';
import { POWER_TIMER_KIND, powerTimerKey } from './domains/power';
import { checkStarWind, checkStarWindTimer, checkSyncTimersPresent, STARWIND_TIMER_KINDS, SYNC_TIMER_KIND } from './domains/starwind';
import type { HaFacts } from './domains/starwind/snapshot-check';
import { isRecord, isWholeIn, paramsProblems, show } from './params';
import type { HostRole } from './types';

export const SNAPSHOT_VERSIONS = [1] as const;
const HOST_ROLES: readonly HostRole[] = ['domain-controller', 'storage', 'cluster-node'];
const UINT32_MAX = 0xffffffff;
const MS_MAX = Number.MAX_SAFE_INTEGER;
const MAC = /^[0-9A-F]{2}(-[0-9A-F]{2}){5}$/;

type Problems = string[];

export function validateSnapshot(snapshot: unknown): string[] {
  if (!isRecord(snapshot)) return ['The snapshot must be an object.'];
  const problems: Problems = [];
  if (!(SNAPSHOT_VERSIONS as readonly unknown[]).includes(snapshot.snapshotVersion)) {
    return [`snapshotVersion ${show(snapshot.snapshotVersion)} is not one this build reads (it reads ${SNAPSHOT_VERSIONS.join(', ')}).`];
  }
  for (const problem of paramsProblems(snapshot.params)) problems.push(`params: ${problem}`);
  const nowMs = isWholeIn(snapshot.nowMs, 0, MS_MAX) ? snapshot.nowMs : undefined;
  if (nowMs === undefined) problems.push(`nowMs must be a whole number of ms ≥ 0, not ${show(snapshot.nowMs)}.`);
  if (!isWholeIn(snapshot.version, 0, MS_MAX)) problems.push(`version must be a whole number ≥ 0, not ${show(snapshot.version)}.`);
  const entities = snapshot.entities;
  if (!isRecord(entities)) return [...problems, 'entities must be an object with hosts and networks.'];
  const networks = checkNetworks(entities.networks, problems);
  const hosts = checkHosts(entities.hosts, networks, nowMs ?? MS_MAX, problems);
  const haFacts = checkStarWind(snapshot, new Set(hosts.keys()), nowMs ?? 0, problems);
  const kernel = checkKernel(snapshot.kernel, hosts, haFacts, nowMs ?? 0, problems);
  checkEvents(snapshot.events, nowMs ?? MS_MAX, kernel.eventSeq, problems);
  return problems;
}

// --- networks ---------------------------------------------------------------------------------

function checkNetworks(value: unknown, problems: Problems): Map<string, string> {
  const cidrByName = new Map<string, string>();
  if (!Array.isArray(value)) {
    problems.push('entities.networks must be a list.');
    return cidrByName;
  }
  const seen = new Set<string>();
  value.forEach((network: unknown, index) => {
    const place = `networks[${index}]`;
    if (!isRecord(network) || typeof network.name !== 'string' || network.name === '') {
      problems.push(`${place}: a network needs a name.`);
      return;
    }
    const where = `${place} (${network.name})`;
    if (network.id !== network.name) problems.push(`${where}: id ${show(network.id)} must equal the name.`);
    if (seen.has(network.name.toUpperCase())) problems.push(`${where}: another network has the same name.`);
    seen.add(network.name.toUpperCase());
    if (typeof network.purpose !== 'string') problems.push(`${where}: purpose must be text.`);
    if (typeof network.cidr !== 'string' || !parseCidr(network.cidr)) problems.push(`${where}: ${show(network.cidr)} is not a subnet such as 192.168.100.0/24.`);
    else cidrByName.set(network.name, network.cidr);
  });
  return cidrByName;
}

// --- hosts ------------------------------------------------------------------------------------

interface HostFacts {
  powerState: unknown;
  transitionDueMs: number | undefined;
}

function checkHosts(value: unknown, cidrByName: Map<string, string>, nowMs: number, problems: Problems): Map<string, HostFacts> {
  const hosts = new Map<string, HostFacts>();
  if (!Array.isArray(value)) {
    problems.push('entities.hosts must be a list.');
    return hosts;
  }
  const names = new Set<string>();
  const ipOwners = new Map<string, string>();
  value.forEach((host: unknown, index) => {
    const place = `hosts[${index}]`;
    if (!isRecord(host) || typeof host.name !== 'string') {
      problems.push(`${place}: a host needs a name.`);
      return;
    }
    const where = `${place} (${host.name})`;
    const nameProblem = computerNameProblem(host.name);
    if (nameProblem) problems.push(`${where}: ${nameProblem}`);
    if (host.id !== host.name) problems.push(`${where}: id ${show(host.id)} must equal the name.`);
    if (names.has(host.name.toUpperCase())) problems.push(`${where}: another host has the same name (names are compared without case).`);
    names.add(host.name.toUpperCase());
    if (!(HOST_ROLES as readonly unknown[]).includes(host.role)) problems.push(`${where}: role ${show(host.role)} is not one of ${HOST_ROLES.join(', ')}.`);
    if (!(OS_VERSIONS as readonly unknown[]).includes(host.osVersion)) problems.push(`${where}: osVersion ${show(host.osVersion)} is not one of ${OS_VERSIONS.join(', ')}.`);
    if (typeof host.os !== 'string' || typeof host.domain !== 'string') problems.push(`${where}: os and domain must be text.`);
    if (!Array.isArray(host.features) || !host.features.every((feature) => typeof feature === 'string')) problems.push(`${where}: features must be a list of names.`);
    for (const field of ['lastBootMs', 'uncleanShutdownMs'] as const) {
      if (host[field] !== null && !isWholeIn(host[field], 0, nowMs)) problems.push(`${where}: ${field} must be null or a time in ms no later than nowMs, not ${show(host[field])}.`);
    }
    const transitionDueMs = checkPower(host, where, nowMs, problems);
    hosts.set(host.name, { powerState: host.powerState, transitionDueMs });
    checkNics(host.nics, where, host.name, cidrByName, ipOwners, problems);
    checkVolumes(host.volumes, where, problems);
  });
  return hosts;
}

/** Power state and transition agree; answers the transition's dueMs when there is one. */
function checkPower(host: Record<string, unknown>, where: string, nowMs: number, problems: Problems): number | undefined {
  const state = host.powerState;
  if (!(POWER_STATES as readonly unknown[]).includes(state)) {
    problems.push(`${where}: power state ${show(state)} is not one of ${POWER_STATES.join(', ')}.`);
    return undefined;
  }
  const transition = host.powerTransition;
  const moving = state === 'starting' || state === 'stopping';
  if (!moving) {
    if (transition !== null) problems.push(`${where}: a host that is ${String(state)} has no power transition, but one is recorded.`);
    return undefined;
  }
  if (!isRecord(transition)) {
    problems.push(`${where}: a host that is ${String(state)} needs its power transition (action, startedMs, dueMs).`);
    return undefined;
  }
  const allowed = state === 'starting' ? ['on', 'restart'] : ['shutdown', 'restart'];
  if (!(POWER_ACTIONS as readonly unknown[]).includes(transition.action) || !allowed.includes(transition.action as string)) {
    problems.push(`${where}: a host that is ${state} cannot be in a ${show(transition.action)} transition (expected ${allowed.join(' or ')}).`);
  }
  if (!isWholeIn(transition.startedMs, 0, nowMs)) problems.push(`${where}: the power transition started at ${show(transition.startedMs)}, which is not a time up to nowMs ${nowMs}.`);
  if (!isWholeIn(transition.dueMs, nowMs, MS_MAX)) {
    problems.push(`${where}: the power transition is due at ${show(transition.dueMs)}, before nowMs ${nowMs}.`);
    return undefined;
  }
  return transition.dueMs;
}

function checkNics(value: unknown, where: string, hostName: string, cidrByName: Map<string, string>, ipOwners: Map<string, string>, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push(`${where}: nics must be a list.`);
    return;
  }
  const nicNames = new Set<string>();
  value.forEach((nic: unknown, index) => {
    if (!isRecord(nic) || typeof nic.name !== 'string' || nic.name === '') {
      problems.push(`${where}: nics[${index}] needs a name.`);
      return;
    }
    const label = `NIC ${nic.name}`;
    if (nicNames.has(nic.name.toUpperCase())) problems.push(`${where}: two NICs are named ${nic.name}.`);
    nicNames.add(nic.name.toUpperCase());
    const cidr = typeof nic.network === 'string' ? cidrByName.get(nic.network) : undefined;
    if (cidr === undefined) problems.push(`${where}: ${label} is cabled to network ${show(nic.network)}, which the lab does not have.`);
    if (typeof nic.ip !== 'string' || !isIpv4(nic.ip)) {
      problems.push(`${where}: ${label} address ${show(nic.ip)} is not an IPv4 address.`);
    } else {
      if (cidr !== undefined && !ipInCidr(nic.ip, cidr)) problems.push(`${where}: ${label} address ${nic.ip} is not in network ${String(nic.network)} ${cidr}.`);
      const owner = ipOwners.get(nic.ip);
      if (owner !== undefined) problems.push(`${where}: ${label} address ${nic.ip} is already used by ${owner}.`);
      else ipOwners.set(nic.ip, `${hostName} (${nic.name})`);
    }
    if (cidr !== undefined && nic.prefixLength !== parseCidr(cidr)?.prefixLength) problems.push(`${where}: ${label} prefix length ${show(nic.prefixLength)} does not match network ${String(nic.network)} ${cidr}.`);
    if (typeof nic.linkUp !== 'boolean') problems.push(`${where}: ${label} linkUp must be true or false.`);
    if (!isWholeIn(nic.speedBitsPerS, 1, MS_MAX)) problems.push(`${where}: ${label} speedBitsPerS must be a positive whole number, not ${show(nic.speedBitsPerS)}.`);
    if (typeof nic.mac !== 'string' || !MAC.test(nic.mac)) problems.push(`${where}: ${label} MAC ${show(nic.mac)} is not like 00-15-5D-64-00-15.`);
  });
}

function checkVolumes(value: unknown, where: string, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push(`${where}: volumes must be a list.`);
    return;
  }
  const letters = new Set<string>();
  value.forEach((volume: unknown, index) => {
    if (!isRecord(volume) || typeof volume.letter !== 'string' || !/^[A-Z]$/.test(volume.letter)) {
      problems.push(`${where}: volumes[${index}] needs a drive letter A to Z.`);
      return;
    }
    const label = `volume ${volume.letter}:`;
    if (letters.has(volume.letter)) problems.push(`${where}: two volumes use the letter ${volume.letter}.`);
    letters.add(volume.letter);
    if (typeof volume.label !== 'string') problems.push(`${where}: ${label} label must be text.`);
    if (!isWholeIn(volume.sizeBytes, 1, MS_MAX)) problems.push(`${where}: ${label} sizeBytes must be a positive whole number, not ${show(volume.sizeBytes)}.`);
    else if (!isWholeIn(volume.freeBytes, 0, volume.sizeBytes)) problems.push(`${where}: ${label} freeBytes ${show(volume.freeBytes)} must be from 0 to its size ${volume.sizeBytes}.`);
  });
}

// --- kernel -----------------------------------------------------------------------------------

const KNOWN_TIMER_KINDS: readonly string[] = [POWER_TIMER_KIND, ...STARWIND_TIMER_KINDS];

function checkKernel(value: unknown, hosts: Map<string, HostFacts>, haFacts: HaFacts, nowMs: number, problems: Problems): { eventSeq: number } {
  if (!isRecord(value)) {
    problems.push('kernel must be an object with timerSeq, eventSeq, streams, idSeqs and timers.');
    return { eventSeq: MS_MAX };
  }
  const timerSeq = isWholeIn(value.timerSeq, 0, MS_MAX) ? value.timerSeq : undefined;
  if (timerSeq === undefined) problems.push(`kernel.timerSeq must be a whole number ≥ 0, not ${show(value.timerSeq)}.`);
  const eventSeq = isWholeIn(value.eventSeq, 0, MS_MAX) ? value.eventSeq : undefined;
  if (eventSeq === undefined) problems.push(`kernel.eventSeq must be a whole number ≥ 0, not ${show(value.eventSeq)}.`);
  if (!isRecord(value.streams)) problems.push('kernel.streams must be an object of stream states.');
  else {
    for (const [name, words] of Object.entries(value.streams)) {
      if (!Array.isArray(words) || words.length !== 4 || !words.every((word) => isWholeIn(word, 0, UINT32_MAX))) {
        problems.push(`kernel.streams.${name} must be four unsigned 32-bit words.`);
      }
    }
  }
  if (!isRecord(value.idSeqs) || !Object.values(value.idSeqs).every((seq) => isWholeIn(seq, 0, MS_MAX))) problems.push('kernel.idSeqs must map prefixes to whole numbers ≥ 0.');
  checkTimers(value.timers, hosts, haFacts, nowMs, timerSeq ?? MS_MAX, problems);
  return { eventSeq: eventSeq ?? MS_MAX };
}

function checkTimers(value: unknown, hosts: Map<string, HostFacts>, haFacts: HaFacts, nowMs: number, timerSeq: number, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push('kernel.timers must be a list.');
    return;
  }
  const seqs = new Set<number>();
  const keys = new Set<string>();
  const powerTimerDue = new Map<string, number>();
  const syncTimers = new Set<string>();
  value.forEach((timer: unknown, index) => {
    const place = `kernel.timers[${index}]`;
    if (!isRecord(timer)) {
      problems.push(`${place} must be an object.`);
      return;
    }
    if (!isWholeIn(timer.dueMs, nowMs, MS_MAX)) problems.push(`${place}: dueMs ${show(timer.dueMs)} is before nowMs ${nowMs}.`);
    if (!isWholeIn(timer.seq, 1, timerSeq)) problems.push(`${place}: seq ${show(timer.seq)} must be from 1 to kernel.timerSeq ${timerSeq}.`);
    else if (seqs.has(timer.seq)) problems.push(`${place}: another timer has seq ${timer.seq}.`);
    else seqs.add(timer.seq);
    if (timer.key !== null && typeof timer.key !== 'string') problems.push(`${place}: key must be text or null.`);
    else if (typeof timer.key === 'string') {
      if (keys.has(timer.key)) problems.push(`${place}: another live timer has the key ${timer.key}.`);
      keys.add(timer.key);
    }
    if (typeof timer.kind !== 'string' || !KNOWN_TIMER_KINDS.includes(timer.kind)) {
      problems.push(`${place}: kind ${show(timer.kind)} is not one of ${KNOWN_TIMER_KINDS.join(', ')}.`);
      return;
    }
    if (timer.kind !== POWER_TIMER_KIND) {
      checkStarWindTimer(timer, place, haFacts, problems);
      if (timer.kind === SYNC_TIMER_KIND && isRecord(timer.data) && typeof timer.data.ha === 'string') syncTimers.add(timer.data.ha);
      return;
    }
    const hostName = isRecord(timer.data) ? timer.data.host : undefined;
    const host = typeof hostName === 'string' ? hosts.get(hostName) : undefined;
    if (!host) {
      problems.push(`${place}: the ${timer.kind} timer refers to host ${show(hostName)}, which the lab does not have.`);
      return;
    }
    if (timer.key !== powerTimerKey(hostName as string)) problems.push(`${place}: the ${timer.kind} timer of ${String(hostName)} must have the key ${powerTimerKey(hostName as string)}.`);
    if (host.transitionDueMs !== timer.dueMs) problems.push(`${place}: the ${timer.kind} timer of ${String(hostName)} is due at ${show(timer.dueMs)}, but the host's power transition is due at ${show(host.transitionDueMs ?? null)}.`);
    powerTimerDue.set(hostName as string, timer.dueMs as number);
  });
  for (const [name, host] of hosts) {
    if (host.transitionDueMs !== undefined && !powerTimerDue.has(name)) problems.push(`host ${name} is ${String(host.powerState)} but no ${POWER_TIMER_KIND} timer will complete it.`);
  }
  checkSyncTimersPresent(haFacts, syncTimers, problems);
}

// --- events -----------------------------------------------------------------------------------

function checkEvents(value: unknown, nowMs: number, eventSeq: number, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.push('events must be a list.');
    return;
  }
  if (value.length > EVENT_LOG_CAPACITY) problems.push(`events holds ${value.length} events; the log keeps at most ${EVENT_LOG_CAPACITY}.`);
  let previousSeq = 0;
  let previousTimeMs = 0;
  const reported = { count: 0 };
  const report = (problem: string) => {
    // A corrupt log could yield 200,000 sentences; the first few say enough.
    if (++reported.count <= 20) problems.push(problem);
  };
  value.forEach((event: unknown, index) => {
    const place = `events[${index}]`;
    if (!isRecord(event)) {
      report(`${place} must be an object.`);
      return;
    }
    if (!isWholeIn(event.seq, previousSeq + 1, eventSeq)) report(`${place}: seq ${show(event.seq)} must be after ${previousSeq} and no later than kernel.eventSeq ${eventSeq}.`);
    else previousSeq = event.seq;
    if (!isWholeIn(event.timeMs, previousTimeMs, nowMs)) report(`${place}: timeMs ${show(event.timeMs)} must be from ${previousTimeMs} (the event before) to nowMs ${nowMs}.`);
    else previousTimeMs = event.timeMs;
    if (typeof event.host !== 'string' || event.host === '') report(`${place}: host must be a server name.`);
    if (!(EVENT_LOGS as readonly unknown[]).includes(event.log)) report(`${place}: log ${show(event.log)} is not one of ${EVENT_LOGS.join(', ')}.`);
    if (!(EVENT_LEVELS as readonly unknown[]).includes(event.level)) report(`${place}: level ${show(event.level)} is not one of ${EVENT_LEVELS.join(', ')}.`);
    if (typeof event.source !== 'string' || event.source === '') report(`${place}: source must be text.`);
    if (!isWholeIn(event.eventId, 0, 65535)) report(`${place}: eventId ${show(event.eventId)} must be a whole number from 0 to 65535.`);
    if (typeof event.message !== 'string') report(`${place}: message must be text.`);
  });
  if (reported.count > 20) problems.push(`... and ${reported.count - 20} more problems in events.`);
}
