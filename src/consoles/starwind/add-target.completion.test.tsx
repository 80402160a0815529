// @vitest-environment jsdom
// After Finish, Add Target's last page follows the initial synchronisation job the lab answered
// with, read from the mirror (a fake job here, as the engine will store it), and its summary can
// be saved as text or copied.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Job } from '../../domain/jobs';
import { labMirror } from '../../stores/lab-mirror';
import type { SubmitAnswer } from '../../wizard/model';
import { WizardFrame } from '../../wizard/wizard-frame';
import { storesContext } from './add-target.fixtures';
import { addTargetWizard, type AddTargetContext, type AddTargetValues } from './add-target.wizard';

// 1 GB at 1 GbE: 8,000 simulated ms.
const SYNC_BYTES = 1_000_000_000;
const BYTES_PER_MS = 125_000;

function syncJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-0001',
    kind: 'starwind.sync',
    title: 'Synchronizing HA1',
    subject: { collection: 'haDevices', id: 'ha-0001' },
    state: 'running',
    startedMs: 10_000,
    markMs: 10_000,
    doneAtMarkUnits: 0,
    unitsPerMs: BYTES_PER_MS,
    totalUnits: SYNC_BYTES,
    unit: 'bytes',
    dueMs: 10_000 + SYNC_BYTES / BYTES_PER_MS,
    endedMs: null,
    steps: [],
    result: null,
    ...overrides,
  };
}

/** The mirror as the engine branch fills it: a `jobs` collection beside the others. */
function mirrorHas(job: Job | null, nowMs: number) {
  act(() => labMirror.setState({ jobs: job ? { [job.id]: job } : {}, nowMs } as never));
}

afterEach(() => {
  cleanup();
  mirrorHas(null, 0);
  vi.restoreAllMocks();
});

const title = () => screen.getByTestId('wizard-page-title').textContent;

async function finishWizard(answer: SubmitAnswer) {
  const onClose = vi.fn();
  const submit = vi.fn(async () => answer);
  render(
    <WizardFrame<AddTargetValues, AddTargetContext>
      definition={addTargetWizard}
      context={storesContext}
      initial={{ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', sizeAmount: 1, sizeUnit: 'GB', imageCreateNew: true, syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22' }}
      submit={submit}
      onClose={onClose}
    />,
  );
  for (let page = 0; page < 15 && title() !== 'Summary'; page++) {
    const before = title();
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await waitFor(() => expect(title()).not.toBe(before));
  }
  expect(title()).toBe('Summary');
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe('Completing the Add Target Wizard'));
  expect(submit).toHaveBeenCalledTimes(1);
  return { onClose };
}

describe("Add Target's last page", () => {
  test('follows the initial sync job from the mirror as the clock moves, and Finish does not wait for it', async () => {
    const { onClose } = await finishWizard({ jobId: 'job-0001' });
    expect(screen.getByText('Waiting for the lab to report progress…')).toBeTruthy();

    mirrorHas(syncJob(), 10_000 + SYNC_BYTES / BYTES_PER_MS / 4);
    const progress = screen.getByRole('progressbar', { name: 'Synchronizing HA1' });
    expect(progress.getAttribute('aria-valuenow')).toBe('25');
    expect(progress.getAttribute('aria-valuetext')).toBe('25%, 6 s left');

    mirrorHas(syncJob(), 10_000 + SYNC_BYTES / BYTES_PER_MS / 2);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    expect(document.querySelector('[data-job-state]')?.getAttribute('data-job-state')).toBe('running');

    mirrorHas(syncJob({ state: 'succeeded', endedMs: 18_000, dueMs: null, result: { message: 'HA1 is synchronized.', details: {} } }), 20_000);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('status').textContent).toBe('HA1 is synchronized.');

    // Cancel and Back are gone after the submit; Finish closes.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: '< Back' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  test('Finish closes while the sync still runs: the job carries on in the lab', async () => {
    const { onClose } = await finishWizard({ jobId: 'job-0001' });
    mirrorHas(syncJob(), 11_000);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  test('without a job (a plain image file) it says the wizard completed', async () => {
    await finishWizard({});
    expect(screen.getByText('Add Target Wizard has completed successfully.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('the summary is saved as a text file and copied, with how the sync stands', async () => {
    await finishWizard({ jobId: 'job-0001' });
    mirrorHas(syncJob(), 12_000);
    const report = screen.getByRole('region', { name: 'Completing the Add Target Wizard' });
    const reportText = () => report.querySelector('[data-report-text]')?.textContent ?? '';
    // The page follows the job from the mirror; on a loaded machine its text may come a render later.
    await waitFor(() => expect(reportText()).toContain('Synchronizing HA1: in progress'));
    const text = reportText();
    expect(text).toContain('Add Target Wizard');
    expect(text).toContain('  Target Alias: HA1');
    expect(text).toContain('  Host name or IP address: SWS-Store2');
    expect(text).toContain('Synchronizing HA1: in progress');
    // The partner's password is masked, as on the summary page.
    expect(text).toContain('  Password: ••••••••');

    let saved: Blob | null = null;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:report';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('Add Target HA1.txt');
    });
    fireEvent.click(within(report).getByRole('button', { name: 'Save as text…' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await (saved as unknown as Blob).text()).toBe(text);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(report).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(within(report).getByText('Copied to the clipboard.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(text);
  });
});
