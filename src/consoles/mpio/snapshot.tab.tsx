// Configuration Snapshot: Capture reads the lab again and writes the report (report.ts) as a text
// file the browser downloads under the file name's base; "Open File upon capture" also shows it.
import { useState } from 'react';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { labMirror } from '../../stores/lab-mirror';
import { Button } from '../../ui/button';
import { Checkbox, TextField } from '../../ui/fields';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { saveText } from '../../ui/save-text';
import { SNAPSHOT_TAB } from './labels';
import { fileBaseName, mpioReport } from './report';
import type { TabProps } from './tab-props';
import { problemOf } from '../../ui/use-lab-read';
import { readMpio } from './use-mpio';

export function SnapshotTab({ api, host }: TabProps) {
  const [fileName, setFileName] = useState<string>(SNAPSHOT_TAB.defaultFileName);
  const [open, setOpen] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const capture = async () => {
    setError(undefined);
    setStatus(null);
    if (!fileName.trim()) return setError('Enter the name of the file to write the snapshot to.');
    try {
      const { mpio, disks } = await readMpio(api, host);
      const { nowMs, lab } = labMirror.getState();
      const text = mpioReport({ host, mpio, disks, capturedAt: formatWindowsDateTime((lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS) + nowMs) });
      saveText(text, fileBaseName(fileName.trim()));
      setStatus(`The MPIO configuration was captured to ${fileName.trim()}.`);
      setReport(open ? text : null);
    } catch (reason) {
      setError(problemOf(reason).message);
    }
  };
  return (
    <div className="flex flex-col gap-3 pt-3">
      <p>{SNAPSHOT_TAB.intro}</p>
      <TextField name="snapshotFile" label={SNAPSHOT_TAB.fileName} value={fileName} onChange={setFileName} errorMessage={error} />
      <div className="flex items-center justify-between gap-2">
        <Checkbox name="openOnCapture" isSelected={open} onChange={setOpen}>
          {SNAPSHOT_TAB.openOnCapture}
        </Checkbox>
        <Button onPress={() => void capture()}>{SNAPSHOT_TAB.capture}</Button>
      </div>
      {status && <p role="status">{status}</p>}
      {report && (
        <pre aria-label="Snapshot" data-testid="mpio-snapshot" tabIndex={0} className="max-h-40 overflow-auto rounded-[2px] border border-line bg-panel p-2 font-mono text-xs whitespace-pre">
          {report}
        </pre>
      )}
    </div>
  );
}
