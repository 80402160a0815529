// A device's view: size, both targets and their IQNs, the sync state per partner, the sync and
// heartbeat channels, priority, failover strategy, cache, connected initiators. Percent and time
// left are computed here from the sync job and the lab's clock.
import type { ReactNode } from 'react';
import { AlertTriangle } from 'lucide-react';
import type { HaChannel, HaDevice, StarWindDevice } from '../../api/types';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { formatBytesWindows } from '../../domain/units';
import { useLabMirror } from '../../stores/lab-mirror';
import { formatDurationShort, formatWindowsDateTime } from '../../ui/lab-time';
import { ProgressBar } from '../../ui/progress-bar';
import { PropertyList } from '../../ui/property-list';
import { CACHE_MODE_LABELS, DEVICE_KIND_LABELS, DEVICE_VIEW, FAILOVER_LABELS, PRIORITY_LABELS, SPLIT_BRAIN_LABELS, SYNC_TYPE_LABELS, TIME_LEFT } from './labels';
import { haOf, imagePath, sideStateLabel, syncProgress } from './model';
import { splitBrainDiscardOf, splitBrainWinnerOf } from './split-brain';
import { starwindVersionOf } from './version';

function cacheText(mode: StarWindDevice['cacheMode'], sizeMb: number): string {
  return mode === 'none' ? CACHE_MODE_LABELS.none : `${CACHE_MODE_LABELS[mode]}, ${sizeMb} MB`;
}

function channelText(channels: readonly HaChannel[]): ReactNode {
  if (channels.length === 0) return DEVICE_VIEW.noChannel;
  return (
    <ul>
      {channels.map((channel) => (
        <li key={`${channel.localIp}-${channel.partnerIp}`}>
          {channel.localIp} → {channel.partnerIp}: <span className={channel.up ? 'text-ok' : 'text-error'}>{channel.up ? DEVICE_VIEW.channelUp : DEVICE_VIEW.channelDown}</span>
        </li>
      ))}
    </ul>
  );
}

function PartnerTable({ ha, here, nowMs, heartbeat }: { ha: HaDevice; here: 0 | 1; nowMs: number; heartbeat: boolean }) {
  const devices = useLabMirror((state) => state.starwindDevices);
  // This server's side first, as the console shows the device it was opened from.
  const order: Array<0 | 1> = here === 0 ? [0, 1] : [1, 0];
  const rows: Array<{ label: string; cell(index: 0 | 1): ReactNode }> = [
    { label: DEVICE_VIEW.target, cell: (i) => ha.sides[i].targetAlias },
    { label: DEVICE_VIEW.iqn, cell: (i) => <span className="break-all">{ha.sides[i].iqn}</span> },
    { label: DEVICE_VIEW.device, cell: (i) => devices[ha.sides[i].deviceId]?.name ?? ha.sides[i].deviceId },
    { label: DEVICE_VIEW.image, cell: (i) => (devices[ha.sides[i].deviceId] ? imagePath(devices[ha.sides[i].deviceId]!) : '—') },
    { label: DEVICE_VIEW.priority, cell: (i) => PRIORITY_LABELS[ha.sides[i].priority] },
    {
      label: DEVICE_VIEW.syncState,
      cell: (i) => (
        <span className="inline-flex items-center gap-1" data-testid={`sync-state-${ha.sides[i].host}`}>
          {ha.sides[i].syncState !== 'synchronized' && <AlertTriangle aria-hidden className="size-3.5 fill-warn-fill text-warn" />}
          {sideStateLabel(ha, i, nowMs)}
        </span>
      ),
    },
    { label: DEVICE_VIEW.syncChannel, cell: (i) => channelText(ha.sides[i].syncChannels) },
    ...(heartbeat ? [{ label: DEVICE_VIEW.heartbeatChannel, cell: (i: 0 | 1) => channelText(ha.sides[i].heartbeatChannels) }] : []),
    { label: DEVICE_VIEW.maintenance, cell: (i) => (ha.sides[i].maintenance ? DEVICE_VIEW.on : DEVICE_VIEW.off) },
    // Maintenance mode cuts client connections too, so the row says so rather than "No".
    { label: DEVICE_VIEW.blocked, cell: (i) => (ha.sides[i].blocked ? 'Yes' : ha.sides[i].maintenance ? DEVICE_VIEW.blockedByMaintenance : 'No') },
    { label: DEVICE_VIEW.initiators, cell: (i) => (ha.sides[i].connectedInitiators.length > 0 ? ha.sides[i].connectedInitiators.join(', ') : DEVICE_VIEW.noInitiators) },
  ];
  return (
    <table className="w-full table-fixed border-collapse text-sm" aria-label={DEVICE_VIEW.partners}>
      <thead>
        <tr className="bg-header">
          <th scope="col" className="w-52 border border-line px-2 py-0.5 text-left font-semibold">
            {DEVICE_VIEW.server}
          </th>
          {order.map((i) => (
            <th key={i} scope="col" className="border border-line px-2 py-0.5 text-left font-semibold">
              {ha.sides[i].host}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="border border-line px-2 py-0.5 text-left align-top font-normal text-muted">
              {row.label}
            </th>
            {order.map((i) => (
              <td key={i} className="border border-line px-2 py-0.5 align-top">
                {row.cell(i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HaDetails({ device, ha, side }: { device: StarWindDevice; ha: HaDevice; side: 0 | 1 }) {
  const nowMs = useLabMirror((state) => state.nowMs);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  const version = useLabMirror((state) => starwindVersionOf(state.lab));
  const progress = syncProgress(ha, nowMs);
  const last = ha.lastSync;
  const discard = splitBrainDiscardOf(ha);
  return (
    <div className="flex flex-col gap-3">
      {ha.splitBrainRisk && (
        <p role="alert" className="flex items-start gap-2 rounded-[3px] border border-error bg-error-soft px-2 py-1 text-sm text-error">
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {DEVICE_VIEW.splitBrain}
        </p>
      )}
      {discard && (
        <p role="alert" data-testid="split-brain-warning" className="flex items-start gap-2 rounded-[3px] border border-warn bg-warn-soft px-2 py-1 text-sm text-fg">
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0 fill-warn-fill text-warn" />
          <span>
            {DEVICE_VIEW.splitBrainDiscarded(discard.discardedBlocks, discard.loserHost)}
            <span className="block text-xs text-muted">{discard.message}</span>
          </span>
        </p>
      )}
      <PropertyList
        items={[
          { label: DEVICE_VIEW.device, value: device.name },
          { label: DEVICE_VIEW.type, value: DEVICE_KIND_LABELS.ha },
          { label: DEVICE_VIEW.size, value: `${formatBytesWindows(ha.sizeBytes)} (${ha.sizeBytes.toLocaleString('en-US')} bytes)` },
          { label: DEVICE_VIEW.sectorSize, value: `${ha.sectorSizeBytes} bytes` },
          { label: DEVICE_VIEW.cache, value: cacheText(ha.cacheMode, ha.cacheSizeMb) },
          // Version 5 has no failover strategy to choose (its partner-loss rule is the engine's).
          ...(version === 8 ? [{ label: DEVICE_VIEW.failover, value: FAILOVER_LABELS[ha.failoverStrategy] }] : []),
          { label: DEVICE_VIEW.splitBrainPolicy, value: SPLIT_BRAIN_LABELS[splitBrainWinnerOf(ha)] },
          { label: DEVICE_VIEW.autoSync, value: ha.autoSync ? DEVICE_VIEW.on : DEVICE_VIEW.off },
          {
            label: DEVICE_VIEW.lastSync,
            value: last
              ? `${SYNC_TYPE_LABELS[last.type]}, ${formatBytesWindows(last.bytesMoved)} moved in ${formatDurationShort(last.finishedMs - last.startedMs)}${last.completed ? '' : ' (interrupted)'}, ${formatWindowsDateTime(startEpochMs + last.finishedMs)}`
              : DEVICE_VIEW.noSync,
          },
        ]}
      />
      {progress && (
        <ProgressBar
          label={`${DEVICE_VIEW.progress} (${SYNC_TYPE_LABELS[ha.sync!.type]}, ${ha.sides[progress.targetSide].host})`}
          value={progress.percent}
          valueText={`${progress.percent}%, ${TIME_LEFT(formatDurationShort(progress.remainingMs))}`}
          className="max-w-xl"
        />
      )}
      {/* A StarWind 5 device has one interface, for synchronization: the heartbeat row shows only where there is one. */}
      <PartnerTable ha={ha} here={side} nowMs={nowMs} heartbeat={version === 8 || ha.sides.some((entry) => entry.heartbeatChannels.length > 0)} />
    </div>
  );
}

export function DeviceDetails({ device }: { device: StarWindDevice }) {
  const haDevices = useLabMirror((state) => state.haDevices);
  const found = haOf({ haDevices }, device);
  if (found) return <HaDetails device={device} ha={found.ha} side={found.side} />;
  return (
    <PropertyList
      items={[
        { label: DEVICE_VIEW.device, value: device.name },
        { label: DEVICE_VIEW.type, value: DEVICE_KIND_LABELS[device.kind] },
        { label: DEVICE_VIEW.size, value: `${formatBytesWindows(device.sizeBytes)} (${device.sizeBytes.toLocaleString('en-US')} bytes)` },
        { label: DEVICE_VIEW.sectorSize, value: `${device.sectorSizeBytes} bytes` },
        { label: DEVICE_VIEW.cache, value: cacheText(device.cacheMode, device.cacheSizeMb) },
        { label: DEVICE_VIEW.image, value: imagePath(device) },
      ]}
    />
  );
}
