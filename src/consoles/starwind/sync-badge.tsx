// The yellow warning triangle of document step 16, drawn after a target or device in the tree
// while its HA pair is not synchronized, with the percentage while it synchronizes. It reads the
// clock itself, so the tree is not rebuilt as the percentage moves.
import { AlertTriangle } from 'lucide-react';
import { useLabMirror } from '../../stores/lab-mirror';
import { formatDurationShort } from '../../ui/lab-time';
import { TIME_LEFT } from './labels';
import { needsAttention, pairStateLabel, syncProgress } from './model';

export function SyncBadge({ haId }: { haId: string }) {
  const ha = useLabMirror((state) => state.haDevices[haId]);
  const nowMs = useLabMirror((state) => state.nowMs);
  if (!ha || !needsAttention(ha)) return null;
  const progress = syncProgress(ha, nowMs);
  const label = pairStateLabel(ha, nowMs);
  const full = progress ? `${label}, ${TIME_LEFT(formatDurationShort(progress.remainingMs))}` : label;
  return (
    <span className="ml-1 inline-flex shrink-0 items-center gap-1" title={full} data-sync-badge>
      <AlertTriangle role="img" aria-label={full} className="size-3.5 fill-warn-fill text-warn" />
      {progress && <span className="text-xs text-current">{progress.percent}%</span>}
    </span>
  );
}
