// View Validation Report: every validation report the lab keeps (newest first), the chosen one in
// full with Save as text and Copy. 2008 R2 keeps each run's report and opens it again from the
// console; here the reports are the lab's (the mirror's `clusterValidations`), read as they fill.
import { useState } from 'react';
import { DEFAULT_START_EPOCH_MS } from '../../../domain/lab';
import { useLabMirror } from '../../../stores/lab-mirror';
import { Button } from '../../../ui/button';
import { Dialog } from '../../../ui/dialog';
import { formatWindowsDateTime } from '../../../ui/lab-time';
import { SelectField } from '../../../ui/select-field';
import { ReportView } from '../../../wizard/report-view';
import { REPORTS_WORDS, VALIDATE_WORDS } from './labels';
import { overallResult, validationFullText } from './report';

export function ValidationReports({ onClose }: { onClose(): void }) {
  const runs = useLabMirror((state) => state.clusterValidations);
  const startEpochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  const newestFirst = Object.values(runs).sort((a, b) => b.startedMs - a.startedMs || b.id.localeCompare(a.id));
  const [chosen, setChosen] = useState(() => newestFirst[0]?.id ?? '');
  const run = runs[chosen];
  const options = newestFirst.map((each) => ({
    id: each.id,
    label: `${formatWindowsDateTime(startEpochMs + each.startedMs)}: ${each.servers.join(', ')} (${each.endedMs === null ? REPORTS_WORDS.running : overallResult(each)})`,
  }));
  return (
    <Dialog title={REPORTS_WORDS.title} isOpen onOpenChange={(open) => !open && onClose()} widthClassName="w-[860px]" footer={<Button onPress={onClose}>{REPORTS_WORDS.close}</Button>}>
      {newestFirst.length === 0 ? (
        <p className="text-sm">{REPORTS_WORDS.none}</p>
      ) : (
        <div className="flex h-[60vh] flex-col gap-3" data-validation-reports>
          <SelectField name="report" label={REPORTS_WORDS.title} labelHidden value={chosen} options={options} onChange={setChosen} />
          {run && <ReportView title={VALIDATE_WORDS.reportTitle} text={validationFullText(run, startEpochMs)} fileName={VALIDATE_WORDS.reportFile} />}
        </div>
      )}
    </Dialog>
  );
}
