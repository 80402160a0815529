// Test I/O… (the I/O generator, as administrators run DiskSpd against a disk): the run's options,
// checked by the lab with `?validate=only` (a refusal shows on its field, nothing changes), then
// Start. A run under 1 ms answers at once; a longer one is a `disks.io` job, followed here from the
// mirror by its state (no progress is invented) and its result read from the job once it ends.
// Closing the dialog leaves the job running.
import { useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { IoResult } from '../../domain/disks';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { NumberField, RadioGroupField } from '../../ui/fields';
import { useJob } from '../../wizard/jobs';
import { CLOSE, dialogTitle, FIELDS, START } from './labels';
import { formFieldOf, IO_FORM_DEFAULTS, ioBody, jobIoResult, type IoField, type IoFormValues } from './model';
import { JobState, ResultPanel } from './result.panel';

export interface TestIoDialogProps {
  api: ApiClient;
  host: string;
  number: number;
  onClose(): void;
}

type Errors = Partial<Record<IoField, string>>;

/** The lab's refusal: each body field's reason on its form field, the rest (the disk, the host) above the form. */
function refusal(reason: unknown): { errors: Errors; message: string | null } {
  if (!(reason instanceof ApiError)) return { errors: {}, message: String(reason) };
  const errors: Errors = {};
  let message: string | null = null;
  for (const [bodyField, text] of Object.entries(reason.problem.errors ?? {})) {
    const field = formFieldOf(bodyField);
    if (field) errors[field] = text;
    else message = text;
  }
  return { errors, message: Object.keys(errors).length > 0 ? message : (message ?? reason.message) };
}

export function TestIoDialog({ api, host, number, onClose }: TestIoDialogProps) {
  const [values, setValues] = useState<IoFormValues>(IO_FORM_DEFAULTS);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IoResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const { job } = useJob(jobId);
  const running = jobId !== null && (job === undefined || job.state === 'running');
  // An instant run's answer, or the followed job's once it has ended (a failed run keeps what it did).
  const shown = result ?? jobIoResult(job);

  const set = <K extends IoField>(field: K) => (value: IoFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const start = async () => {
    const built = ioBody(values);
    setMessage(null);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const args = { params: { name: host, number: String(number) }, body: built.body };
    try {
      await api.call('validateDiskIo', args);
      const answer = await api.call('runDiskIo', args);
      setResult(answer.result);
      setJobId(answer.result ? null : answer.jobId);
    } catch (reason) {
      const refused = refusal(reason);
      setErrors(refused.errors);
      setMessage(refused.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={dialogTitle(number, host)}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[640px]"
      footer={
        <>
          <Button variant="primary" onPress={() => void start()} isDisabled={busy || running}>
            {START}
          </Button>
          <Button onPress={onClose}>{CLOSE}</Button>
        </>
      }
    >
      {message && (
        <p role="alert" className="mb-2 text-error">
          {message}
        </p>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)] gap-x-6 gap-y-3">
        <div className="flex flex-col gap-3">
          <RadioGroupField
            name="op"
            label={FIELDS.op}
            value={values.op}
            onChange={(value) => set('op')(value === 'write' ? 'write' : 'read')}
            options={[{ id: 'read', label: FIELDS.read }, { id: 'write', label: FIELDS.write }]}
            errorMessage={errors.op}
          />
          <RadioGroupField
            name="pattern"
            label={FIELDS.pattern}
            value={values.pattern}
            onChange={(value) => set('pattern')(value === 'random' ? 'random' : 'sequential')}
            options={[{ id: 'sequential', label: FIELDS.sequential }, { id: 'random', label: FIELDS.random }]}
            errorMessage={errors.pattern}
          />
        </div>
        <div className="flex flex-col gap-2">
          <NumberField name="blockKib" label={FIELDS.blockKib} value={values.blockKib} onChange={set('blockKib')} suffix={<span className="text-sm">KiB</span>} errorMessage={errors.blockKib} />
          <NumberField name="count" label={FIELDS.count} value={values.count} onChange={set('count')} suffix={<span className="text-sm">I/Os</span>} errorMessage={errors.count} />
          <NumberField name="offsetBytes" label={FIELDS.offsetBytes} value={values.offsetBytes} onChange={set('offsetBytes')} suffix={<span className="text-sm">bytes</span>} errorMessage={errors.offsetBytes} />
          <NumberField name="queueDepth" label={FIELDS.queueDepth} value={values.queueDepth} onChange={set('queueDepth')} suffix={<span className="text-sm">{FIELDS.queueDepthUnit}</span>} description={FIELDS.queueDepthHelp} errorMessage={errors.queueDepth} />
        </div>
      </div>
      {jobId !== null && <JobState job={job} />}
      {shown && <ResultPanel result={shown} />}
    </Dialog>
  );
}
