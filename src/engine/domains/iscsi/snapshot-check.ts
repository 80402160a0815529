// Semantic checks of the iscsi part of a snapshot: one initiator per host (same id and name), a
// valid initiator name, portals answered by a host of the lab, CHAP and RADIUS secrets sealed,
// RADIUS servers and bound volumes well formed and listed once, sessions
// on an existing target (same IQN) with unique ids the kernel's id sequence has issued, and each
// reconnect timer pointing at a reconnecting session.
import { boundVolumePath, ISCSI_SESSION_ID_PREFIX, radiusAddressProblem, radiusPortProblem } from '../../../domain/iscsi';
import { iscsiNameProblem } from '../../../domain/iqn';
import { isSealedSecret } from '../../secrets';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';

const SESSION_ID = new RegExp(`^${ISCSI_SESSION_ID_PREFIX}-(\\d+)$`);

export function checkIscsiSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const hosts = new Map<string, string>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.set(host.id, String(host.name));
  const targets = new Map<string, string>();
  for (const target of snapshot.entities.starwindTargets ?? []) if (isRecord(target) && typeof target.id === 'string') targets.set(target.id, String(target.iqn));
  const idSeqs = isRecord(snapshot.kernel.idSeqs) ? snapshot.kernel.idSeqs : {};
  const issued = typeof idSeqs[ISCSI_SESSION_ID_PREFIX] === 'number' ? idSeqs[ISCSI_SESSION_ID_PREFIX] : 0;
  const seen = new Set<string>();
  const sessionIds = new Set<string>();
  const reconnecting = new Set<string>();
  (snapshot.entities.iscsiInitiators ?? []).forEach((initiator: unknown, index) => {
    const at = `entities.iscsiInitiators[${index}]`;
    if (!isRecord(initiator) || typeof initiator.id !== 'string') return problems.add(at, `${at}: an entry needs the id of its host.`);
    const where = `iscsiInitiators[${index}] (${initiator.id})`;
    if (!hosts.has(initiator.id)) return problems.add(at, `${where}: the lab has no host ${show(initiator.id)}.`);
    if (seen.has(initiator.id)) problems.add(at, `${where}: the host has a second initiator.`);
    seen.add(initiator.id);
    if (initiator.host !== hosts.get(initiator.id)) problems.add(at, `${where}: the host's name is ${show(hosts.get(initiator.id))}, not ${show(initiator.host)}.`);
    const nameProblem = iscsiNameProblem(String(initiator.initiatorName));
    if (nameProblem) problems.add(`${at}.initiatorName`, `${where}: ${nameProblem}`);
    const checkChap = (chap: unknown, path: string) => {
      if (!isRecord(chap)) return;
      for (const field of ['secret', 'mutualSecret']) {
        const secret = chap[field];
        if (secret !== null && secret !== undefined && !isSealedSecret(secret)) problems.add(`${path}.${field}`, `${where}: a CHAP secret is stored unsealed.`);
      }
    };
    (Array.isArray(initiator.portals) ? initiator.portals : []).forEach((portal: unknown, item) => {
      const path = `${at}.portals[${item}]`;
      if (!isRecord(portal)) return problems.add(path, `${where}: a portal must be an object.`);
      if (!hosts.has(String(portal.server))) problems.add(path, `${where}: portal ${show(portal.address)} was answered by ${show(portal.server)}, which is not a host of the lab.`);
      checkChap(portal.chap, `${path}.chap`);
    });
    (Array.isArray(initiator.favorites) ? initiator.favorites : []).forEach((favorite: unknown, item) => checkChap(isRecord(favorite) ? favorite.chap : null, `${at}.favorites[${item}].chap`));
    checkSettings(initiator, at, where, problems);
    (Array.isArray(initiator.sessions) ? initiator.sessions : []).forEach((session: unknown, item) => {
      const path = `${at}.sessions[${item}]`;
      if (!isRecord(session)) return problems.add(path, `${where}: a session must be an object.`);
      const id = String(session.id);
      const number = SESSION_ID.exec(id);
      if (!number || Number(number[1]) > issued) problems.add(path, `${where}: session id ${show(session.id)} was not issued by the kernel (its sequence is at ${issued}).`);
      if (sessionIds.has(id)) problems.add(path, `${where}: session id ${show(session.id)} is used twice.`);
      sessionIds.add(id);
      if (session.state === 'reconnecting') reconnecting.add(id);
      const iqn = targets.get(String(session.target));
      if (iqn === undefined) problems.add(path, `${where}: session ${show(session.id)} is on target ${show(session.target)}, which does not exist.`);
      else if (iqn !== session.iqn) problems.add(path, `${where}: session ${show(session.id)} names ${show(session.iqn)}, but its target is ${show(iqn)}.`);
    });
  });
  for (const [id, name] of hosts) if (!seen.has(id)) problems.add('entities.iscsiInitiators', `host ${name} has no iSCSI initiator entry.`);
  for (const { timer, path } of timers) {
    const data = isRecord(timer.data) ? timer.data : {};
    if (!reconnecting.has(String(data.session))) problems.add(path, `${path}: a reconnect timer for ${show(data.session)}, which is not a reconnecting session.`);
  }
}

/** The initiator's settings: its CHAP secret and RADIUS secrets sealed, each RADIUS server and bound path valid and listed once. */
function checkSettings(initiator: Record<string, unknown>, at: string, where: string, problems: DomainCheckInput['problems']): void {
  if (initiator.chapSecret !== null && initiator.chapSecret !== undefined && !isSealedSecret(initiator.chapSecret)) problems.add(`${at}.chapSecret`, `${where}: the initiator CHAP secret is stored unsealed.`);
  const servers = new Set<string>();
  (Array.isArray(initiator.radiusServers) ? initiator.radiusServers : []).forEach((server: unknown, item) => {
    const path = `${at}.radiusServers[${item}]`;
    if (!isRecord(server)) return problems.add(path, `${where}: a RADIUS server must be an object.`);
    const problem = radiusAddressProblem(String(server.address)) ?? radiusPortProblem(server.port);
    if (problem) problems.add(path, `${where}: RADIUS server ${show(server.address)}: ${problem}`);
    if (!isSealedSecret(server.secret)) problems.add(`${path}.secret`, `${where}: the shared secret of RADIUS server ${show(server.address)} is stored unsealed.`);
    const key = `${String(server.address).toLowerCase()}:${String(server.port)}`;
    if (servers.has(key)) problems.add(path, `${where}: RADIUS server ${show(server.address)} is listed twice.`);
    servers.add(key);
  });
  const bound = new Set<string>();
  (Array.isArray(initiator.boundVolumes) ? initiator.boundVolumes : []).forEach((entry: unknown, item) => {
    const path = `${at}.boundVolumes[${item}]`;
    const parsed = boundVolumePath(String(entry));
    if (!parsed.ok || parsed.path !== entry) return problems.add(path, `${where}: ${show(entry)} is not a volume, mount point or device path as the volume list keeps them.`);
    if (bound.has(parsed.path.toLowerCase())) problems.add(path, `${where}: ${show(entry)} is in the volume list twice.`);
    bound.add(parsed.path.toLowerCase());
  });
}
