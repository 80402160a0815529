// Semantic checks of the VM I/O accounts in a snapshot: a machine writes (io.writing) exactly
// while Running; each account's writers and rate are the sums of its writing machines'; a stall
// timer belongs to a stalled account that has writers.
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';
import { IO_STALL_TIMER_KIND } from './io-flow';
import { ioGroupKey, type IoGroup } from './io-state';

export function checkIoSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const saved = isRecord(snapshot.domains.hyperv) ? snapshot.domains.hyperv.io : undefined;
  const groups = new Map((Array.isArray(saved) ? (saved as IoGroup[]) : []).filter(isRecord).map((group) => [String(group.key), group]));
  const sums = new Map<string, { writers: number; rate: number }>();
  (snapshot.entities.virtualMachines ?? []).forEach((vm: unknown, index) => {
    if (!isRecord(vm) || !isRecord(vm.io)) return;
    const at = `entities.virtualMachines[${index}].io`;
    if (vm.io.writing !== (vm.state === 'Running')) problems.add(`${at}.writing`, `${at}: a virtual machine writes to its volume exactly while it is Running.`);
    if (vm.io.writing !== true) return;
    const key = ioGroupKey(String(vm.hostId), String(vm.io.lun));
    const sum = sums.get(key) ?? { writers: 0, rate: 0 };
    sum.writers += 1;
    sum.rate += Number(vm.io.rateBytesPerS);
    sums.set(key, sum);
    if (!groups.has(key)) problems.add(at, `${at}: no I/O account ${show(key)} counts this writing machine.`);
  });
  for (const [key, group] of groups) {
    const sum = sums.get(key) ?? { writers: 0, rate: 0 };
    if (group.writers !== sum.writers || group.rateBytesPerS !== sum.rate) problems.add('domains.hyperv.io', `I/O account ${show(key)} counts ${group.writers} writers at ${group.rateBytesPerS} B/s; its machines are ${sum.writers} at ${sum.rate} B/s.`);
  }
  for (const { timer, path } of timers) {
    if (timer.kind !== IO_STALL_TIMER_KIND) continue;
    const key = isRecord(timer.data) ? String(timer.data.group) : '';
    const group = groups.get(key);
    if (!group || group.stalledSinceMs === null || group.writers === 0) problems.add(path, `${path}: the ${IO_STALL_TIMER_KIND} timer refers to ${show(key)}, which is not a stalled I/O account with running machines.`);
  }
}
