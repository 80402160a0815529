// StarWind part 2 → 3: the internal part gains `pendingWrites`, the write
// batches waiting for a silent partner. Builds before it refused such writes, so a lab saved by
// one has none waiting.
import type { SnapshotJson } from '../../decision';
import { isRecord } from '../../params';

export function addPendingWrites(snapshot: SnapshotJson): void {
  const internal = snapshot.domains.starwind;
  if (isRecord(internal) && !Array.isArray(internal.pendingWrites)) internal.pendingWrites = [];
}
