// Units used across the lab. The API counts bytes; the UI shows binary sizes as Windows does
// (1 GB = 2^30 bytes), and link speeds in bits per second.

export const BYTES_PER_KIB = 1024;
export const BYTES_PER_MIB = 1024 ** 2;
export const BYTES_PER_GIB = 1024 ** 3;
export const BYTES_PER_TIB = 1024 ** 4;

/** 1 GbE carries 10^9 bits per second, i.e. 125,000,000 bytes per second. */
export const GIGABIT_BITS_PER_S = 1_000_000_000;
export const BITS_PER_BYTE = 8;

export const MS_PER_S = 1000;
export const MS_PER_MIN = 60 * MS_PER_S;
export const MS_PER_HOUR = 60 * MS_PER_MIN;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

/** Formats bytes the way Windows Explorer and Disk Management do: binary units, "GB" labels. */
export function formatBytesWindows(sizeBytes: number): string {
  const units: Array<[number, string]> = [
    [BYTES_PER_TIB, 'TB'],
    [BYTES_PER_GIB, 'GB'],
    [BYTES_PER_MIB, 'MB'],
    [BYTES_PER_KIB, 'KB'],
  ];
  for (const [unitBytes, label] of units) {
    if (sizeBytes >= unitBytes) {
      const value = sizeBytes / unitBytes;
      const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
      return `${Number(value.toFixed(digits))} ${label}`;
    }
  }
  return `${sizeBytes} bytes`;
}

/** "1 Gbps" for 10^9 bits per second, as the adapter status dialog shows it. */
export function formatLinkSpeed(speedBitsPerS: number): string {
  if (speedBitsPerS >= GIGABIT_BITS_PER_S) return `${speedBitsPerS / GIGABIT_BITS_PER_S} Gbps`;
  return `${speedBitsPerS / 1_000_000} Mbps`;
}

/** A duration as .NET prints a TimeSpan ("02:03:04", "1.02:03:04" past a day): Hyper-V Manager's Uptime and PowerShell's. */
export function formatTimeSpan(durationMs: number): string {
  const totalS = Math.floor(Math.max(0, durationMs) / 1000);
  const days = Math.floor(totalS / 86_400);
  const two = (value: number) => String(value).padStart(2, '0');
  const clock = `${two(Math.floor(totalS / 3600) % 24)}:${two(Math.floor(totalS / 60) % 60)}:${two(totalS % 60)}`;
  return days > 0 ? `${days}.${clock}` : clock;
}
