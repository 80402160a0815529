// The I/O generator's words (as DiskSpd's options name them, in the console's dialog language).
export const TEST_IO = 'Test I/O…';
export const dialogTitle = (number: number, host: string) => `Test I/O — Disk ${number} on ${host}`;

export const FIELDS = {
  op: 'Operation',
  read: 'Read',
  write: 'Write',
  pattern: 'Pattern',
  sequential: 'Sequential',
  random: 'Random',
  blockKib: 'Block size',
  count: 'Count',
  offsetBytes: 'Offset',
  queueDepth: 'Queue depth',
  // DiskSpd's -o defaults to 2 outstanding I/Os; the lab's engine defaults to 1 (serial), and so does this dialog.
  queueDepthUnit: 'outstanding',
  queueDepthHelp: "As DiskSpd's -o (whose default is 2); the lab's default is 1.",
  enterNumber: 'Enter a number.',
} as const;

export const START = 'Start';
export const CLOSE = 'Close';

export const RESULT = {
  heading: 'Result',
  acknowledged: 'Acknowledged',
  errors: 'Errors',
  mismatches: 'Mismatches (lost or stale data)',
  latency: 'Latency p50 / p99 / max',
  duration: 'Simulated duration',
  perPath: 'Per-path I/O',
  path: 'Path',
  reads: 'Reads',
  writes: 'Writes',
  bytes: 'Bytes',
  noPaths: 'No I/O went through a path.',
} as const;

export const JOB = {
  heading: 'Job',
  state: 'State',
  reason: 'Reason',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  waiting: 'Waiting for the lab…',
  closeNote: 'The run goes on if you close this dialog; the status bar follows its job.',
} as const;
