// Membership: heartbeats between the nodes over every cluster network, node removal (1135),
// quorum by the cluster's mode (quorum.ts), partitions (1177) and rejoin. The command code calls
// `membershipChanged` after anything that changes who takes part (create, evict, stop or start
// the Cluster service); the power and network domains reach it through `onClusterHostChanged`.
// Until the heartbeat model lands, a change is judged at once from the state of that moment.
import type { HostChange, LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Query, QueryResult, TimerRecord } from '../../types';
import type { Cluster } from '../../../domain/cluster';

/** Timer kinds of the membership model and their handlers (registered in index.ts). */
export const MEMBERSHIP_TIMERS: Record<string, (ctx: LabContext, timer: TimerRecord) => void> = {};

/** Reads the membership code answers (`clusterQuorum`), registered in index.ts. */
export const MEMBERSHIP_QUERIES: Record<string, (state: LabState, nowMs: number, query: Query) => QueryResult> = {};

export function membershipChanged(_ctx: LabContext, _cluster: Cluster): void {}

export function onClusterHostChanged(_ctx: LabContext, _change: HostChange): void {}
