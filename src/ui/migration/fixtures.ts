// Test fixtures of the migration picture's and Virtual Machine Manager's component tests: a
// migration record as the engine keeps one, with what a test changes given.
import type { Migration } from '../../domain/migration';
import { BYTES_PER_MIB } from '../../domain/units';

export function migrationFixture(change: Partial<Migration> = {}): Migration {
  return {
    id: 'mig-0001',
    cluster: 'Cluster1',
    role: 'VM1',
    vm: 'VM1',
    vmId: 'vm-1',
    source: 'Demo1',
    destination: 'Demo2',
    bestPossibleNode: false,
    type: 'live',
    state: 'Running',
    phase: 'setup',
    passes: [],
    current: null,
    memoryBytes: 512 * BYTES_PER_MIB,
    bandwidthBytesPerS: 125_000_000,
    network: 'Cluster Network 1',
    passLimit: 10,
    downtimeTargetMs: 300,
    tcpTimeoutMs: 20_000,
    switchOverMs: 60,
    requestedMs: 1_000,
    startedMs: 1_000,
    endedMs: null,
    totalMs: null,
    downtimeMs: null,
    clientsKeptConnection: null,
    reason: null,
    timeline: [{ phase: 'setup', atMs: 1_000 }],
    ...change,
  };
}
