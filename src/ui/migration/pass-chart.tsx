// The pre-copy passes as a grouped bar chart: for each pass, the bytes it sent and the bytes the
// guest dirtied meanwhile (the next pass sends those). An SVG drawn here rather than a chart
// library: ≤ 10 bars do not justify a library's weight in the bundle (README, library table).
// role="img" with a summary label, and the same numbers in a visually hidden table.
import { formatBytesWindows } from '../../domain/units';
import { PICTURE } from './labels';
import type { PassBar } from './model';

const WIDTH = 480;
const HEIGHT = 140;
const AXIS = 18;

export function PassChart({ bars }: { bars: PassBar[] }) {
  if (bars.length === 0) return <p className="text-sm text-muted">{PICTURE.noPasses}</p>;
  const maxBytes = Math.max(1, ...bars.map((bar) => Math.max(bar.bytesSent, bar.bytesDirtied)));
  const slot = WIDTH / bars.length;
  const barWidth = Math.min(24, slot / 3);
  const heightOf = (bytes: number) => (bytes / maxBytes) * (HEIGHT - AXIS - 4);
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm">{PICTURE.passes}</figcaption>
      <svg role="img" aria-label={PICTURE.passesChart(bars.length)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-[140px] w-full max-w-[480px]" data-testid="pass-chart">
        {bars.map((bar, index) => {
          const x = index * slot + slot / 2;
          const sent = heightOf(bar.bytesSent);
          const dirtied = heightOf(bar.bytesDirtied);
          return (
            <g key={bar.pass} data-pass={bar.pass} data-bytes-sent={bar.bytesSent} data-bytes-dirtied={bar.bytesDirtied}>
              <rect x={x - barWidth} y={HEIGHT - AXIS - sent} width={barWidth} height={sent} className="fill-accent" />
              <rect x={x} y={HEIGHT - AXIS - dirtied} width={barWidth} height={dirtied} className="fill-warn" />
              <text x={x} y={HEIGHT - 4} textAnchor="middle" className="fill-fg text-[11px]">
                {bar.pass}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-line" />
      </svg>
      <p className="flex gap-4 text-xs" aria-hidden>
        <span><span className="mr-1 inline-block h-2 w-2 bg-accent" />{PICTURE.sent}</span>
        <span><span className="mr-1 inline-block h-2 w-2 bg-warn" />{PICTURE.dirtied}</span>
      </p>
      <table className="sr-only">
        <caption>{PICTURE.passesCaption}</caption>
        <thead>
          <tr>
            <th>{PICTURE.pass}</th>
            <th>{PICTURE.sent}</th>
            <th>{PICTURE.dirtied}</th>
            <th>{PICTURE.duration}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.pass}>
              <td>{bar.pass}</td>
              <td>{formatBytesWindows(bar.bytesSent)}</td>
              <td>{formatBytesWindows(bar.bytesDirtied)}</td>
              <td>{`${bar.durationMs} ms`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
