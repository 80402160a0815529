// @vitest-environment jsdom
// A wizard that opens another and comes back with its result: a test-only pair shaped like Create
// Cluster (which runs Validate a Configuration at its step 5) and the Validate wizard, whose
// progress page holds Next until its (fake) job ends and whose report page offers the result.
import '../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Job } from '../domain/jobs';
import { labMirror } from '../stores/lab-mirror';
import { childWizard, createWizardKit, type ChildWizard } from './model';
import { WizardFrame } from './wizard-frame';

type ValidateValues = { tests: readonly string[] };
const v = createWizardKit<ValidateValues, null>();
const validateWizard = v.wizard('validate', 'Validate a Configuration Wizard', [
  v.form('options', 'Testing Options', [v.tree('tests', { label: 'Tests', nodes: [{ id: 'network', label: 'Network', children: [{ id: 'net-ip', label: 'Validate IP Configuration' }] }] })]),
  v.summary('confirmation', 'Confirmation', { submitLabel: 'Next >' }),
  v.progress('validating', 'Validating', { holdUntilEnded: true }),
  v.report('summary', 'Summary', { report: { fileName: 'Validation Report.txt', text: (_values, _ctx, job) => `Validation: ${job?.result?.message ?? 'not run'}` } }),
]);

type ClusterValues = { servers: readonly string[]; runValidation: string; validation: string; clusterName: string };
const c = createWizardKit<ClusterValues, { validate: ChildWizard }>();
const createCluster = c.wizard('create-cluster', 'Create Cluster Wizard', [
  c.form('servers', 'Select Servers', [c.list('servers', { label: 'Selected servers', entryLabel: 'Enter name', minEntries: 1 })]),
  c.form(
    'warning',
    'Validation Warning',
    [
      c.radio('runValidation', { label: 'Run configuration validation tests?', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }),
      c.text('validation', { label: 'Validation', visible: () => false }),
    ],
    { child: { when: (values) => values.runValidation === 'yes', open: (_values, ctx) => ctx.validate, resultField: 'validation', result: (outcome) => outcome.job?.result?.message ?? 'not run' } },
  ),
  c.form('access', 'Access Point', [
    c.staticText('validationResult', { label: 'Validation', text: (values) => values.validation || 'Not run', summary: true }),
    c.text('clusterName', { label: 'Cluster Name', validate: (name) => (name ? undefined : 'Enter a cluster name.') }),
  ]),
  c.summary('confirm', 'Confirmation'),
]);

function job(state: Job['state']): Job {
  return {
    id: 'job-0002', kind: 'cluster.validate', title: 'Validating', subject: { collection: 'hosts', id: 'Demo1' }, state, startedMs: 0, markMs: 0, doneAtMarkUnits: 0, unitsPerMs: 0.001,
    totalUnits: 1, unit: 'steps', dueMs: state === 'running' ? 1000 : null, endedMs: state === 'running' ? null : 1000,
    steps: [{ name: 'Validate IP Configuration', state: state === 'running' ? 'running' : 'succeeded', result: state === 'running' ? null : 'Passed' }],
    result: state === 'running' ? null : { message: '1 test passed', details: {} },
  };
}
const mirrorHas = (value: Job | null) => act(() => labMirror.setState({ jobs: value ? { [value.id]: value } : {}, nowMs: 500 } as never));

afterEach(() => {
  cleanup();
  mirrorHas(null);
});

const title = () => screen.getByTestId('wizard-page-title').textContent;
const next = async (expected: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe(expected));
};
const click = async (element: Element) => {
  await act(async () => {
    fireEvent.pointerDown(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.pointerUp(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.click(element, { button: 0 });
  });
};

function open() {
  const validateSubmit = vi.fn(async () => ({ jobId: 'job-0002' }));
  const submit = vi.fn(async () => undefined);
  const onClose = vi.fn();
  const validate = childWizard({ definition: validateWizard, context: null, submit: validateSubmit });
  render(<WizardFrame definition={createCluster} context={{ validate }} submit={submit} onClose={onClose} initial={{ servers: ['Demo1', 'Demo2'] }} />);
  return { validateSubmit, submit, onClose };
}

async function toValidationWarning() {
  await next('Validation Warning');
  await click(document.querySelector('[data-field="runValidation"] input[value="yes"]')!.closest('label')!);
  await waitFor(() => expect((document.querySelector('input[value="yes"]') as HTMLInputElement).checked).toBe(true));
}

describe('a wizard that opens another', () => {
  test('Next on Validation Warning runs the Validate wizard; its result comes back and the parent moves on', async () => {
    const { validateSubmit, submit } = open();
    await toValidationWarning();
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await screen.findByRole('dialog', { name: 'Validate a Configuration Wizard' });
    expect(screen.queryByRole('dialog', { name: 'Create Cluster Wizard' })).toBeNull();
    expect(title()).toBe('Testing Options');

    await click(document.querySelector('[data-field="tests"] [role="row"][data-key="network"]')!);
    await next('Confirmation');
    await next('Validating');
    expect(validateSubmit).toHaveBeenCalledWith(expect.objectContaining({ tests: ['net-ip'] }));
    // The progress page holds Next while the tests run.
    mirrorHas(job('running'));
    expect(screen.getByRole('button', { name: 'Next >' })).toHaveProperty('disabled', true);
    mirrorHas(job('succeeded'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next >' })).toHaveProperty('disabled', false));
    await next('Summary');
    expect(document.querySelector('[data-report-text]')?.textContent).toBe('Validation: 1 test passed');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    await screen.findByRole('dialog', { name: 'Create Cluster Wizard' });
    await waitFor(() => expect(title()).toBe('Access Point'));
    expect(document.querySelector('[data-field="validationResult"]')?.textContent).toContain('1 test passed');
    fireEvent.change(document.querySelector('[data-field="clusterName"] input')!, { target: { value: 'Cluster1' } });
    await next('Confirmation');
    expect(screen.getByTestId('wizard-summary').textContent).toContain('Validation:1 test passed');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith(expect.objectContaining({ servers: ['Demo1', 'Demo2'], validation: '1 test passed', clusterName: 'Cluster1' })));
  });

  test('cancelling the child returns to the page that opened it, values kept, nothing submitted', async () => {
    const { submit, onClose } = open();
    await toValidationWarning();
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await screen.findByRole('dialog', { name: 'Validate a Configuration Wizard' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('dialog', { name: 'Create Cluster Wizard' });
    expect(title()).toBe('Validation Warning');
    expect((document.querySelector('input[value="yes"]') as HTMLInputElement).checked).toBe(true);
    expect(submit).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
