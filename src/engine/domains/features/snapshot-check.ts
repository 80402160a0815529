// Semantic checks of the features part of a snapshot: one entity per host (same id and name),
// known ids without repeats, pending installs not installed, pending removals installed, Hyper-V
// only where the host record allows it.
import { catalogueEntry, HYPER_V } from '../../../domain/features';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';

const LISTS = ['installed', 'pendingInstall', 'pendingRemove'] as const;

export function checkFeaturesSnapshot({ snapshot, problems }: DomainCheckInput): void {
  const hosts = new Map<string, string>();
  for (const host of snapshot.entities.hosts ?? []) if (isRecord(host) && typeof host.id === 'string') hosts.set(host.id, String(host.name));
  const seen = new Set<string>();
  (snapshot.entities.serverFeatures ?? []).forEach((server: unknown, index) => {
    const at = `entities.serverFeatures[${index}]`;
    if (!isRecord(server) || typeof server.id !== 'string') return problems.add(at, `${at}: an entry needs the id of its host.`);
    const where = `serverFeatures[${index}] (${server.id})`;
    if (!hosts.has(server.id)) return problems.add(at, `${where}: the lab has no host ${show(server.id)}.`);
    if (seen.has(server.id)) problems.add(at, `${where}: the host has a second entry.`);
    seen.add(server.id);
    if (server.host !== hosts.get(server.id)) problems.add(at, `${where}: the host's name is ${show(hosts.get(server.id))}, not ${show(server.host)}.`);
    const lists: Record<string, string[]> = {};
    for (const name of LISTS) {
      const list = Array.isArray(server[name]) ? (server[name] as unknown[]) : [];
      lists[name] = list.map(String);
      list.forEach((id, item) => {
        if (!catalogueEntry(id as string)) problems.add(`${at}.${name}[${item}]`, `${where}: ${show(id)} is not a role or feature of the catalogue.`);
        if (list.indexOf(id) !== item) problems.add(`${at}.${name}[${item}]`, `${where}: ${show(id)} is listed twice in ${name}.`);
      });
    }
    for (const id of lists.pendingInstall!) if (lists.installed!.includes(id)) problems.add(at, `${where}: ${id} is both installed and waiting to be installed.`);
    for (const id of lists.pendingRemove!) if (!lists.installed!.includes(id)) problems.add(at, `${where}: ${id} waits to be removed but is not installed.`);
    for (const id of lists.pendingRemove!) if (!catalogueEntry(id)?.restartRequired) problems.add(at, `${where}: ${id} needs no restart, so its removal cannot be pending.`);
    for (const id of lists.pendingInstall!) if (!catalogueEntry(id)?.restartRequired) problems.add(at, `${where}: ${id} needs no restart, so its installation cannot be pending.`);
    const hasHyperV = lists.installed!.includes(HYPER_V) || lists.pendingInstall!.includes(HYPER_V);
    if (hasHyperV && server.hyperVSuitable !== true) problems.add(at, `${where}: Hyper-V is installed on a host that is not a suitable Hyper-V host.`);
  });
  for (const [id, name] of hosts) if (!seen.has(id)) problems.add('entities.serverFeatures', `host ${name} has no roles-and-features entry.`);
}
