// @vitest-environment jsdom
// The Migrate Virtual Machine Wizard drawn by the wizard frame with its real definition: the
// machine prefilled, Select Host's rows from the lab's ratings (a 0-star node greyed with its
// reasons; the rows follow the transfer type), the host required, and the body Move sends.
import '../../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import type { HostRatingsAnswer } from '../../domain/migration';
import { WizardFrame } from '../../wizard/wizard-frame';
import { migrateWizard, toMoveRequest, type MigrateContext, type MigrateValues } from './migrate.wizard';

const ratings: HostRatingsAnswer = {
  cluster: 'Cluster1',
  role: 'VM1',
  vm: 'VM1',
  source: 'Demo1',
  memoryBytes: 1,
  ratings: {
    live: [
      { node: 'Demo2', stars: 4.5, reasons: ['29.5 GB of 30 GB of memory for virtual machines stays free on Demo2.'] },
      { node: 'Demo3', stars: 0, reasons: ['No cluster network joins Demo1 and Demo3 for live migration.'] },
    ],
    quick: [
      { node: 'Demo2', stars: 4.5, reasons: ['free'] },
      { node: 'Demo3', stars: 4.5, reasons: ['free'] },
    ],
  },
};

afterEach(cleanup);
const title = () => screen.getByTestId('wizard-page-title').textContent;
const next = async (expected: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe(expected));
};
const row = (key: string) => document.querySelector(`[data-field="destination"] [role=row][data-key="${key}"]`) as HTMLElement;

test('Select Virtual Machine → Select Host (ratings, Live/Quick) → Summary → Move with the chosen node and type', async () => {
  const submit = vi.fn(async () => ({}));
  render(<WizardFrame<MigrateValues, MigrateContext> definition={migrateWizard} context={{ ratings }} check={async () => ({})} submit={submit} onClose={() => undefined} />);
  expect(title()).toBe('Select Virtual Machine');
  expect(document.querySelector('[data-field="vmName"] [data-value]')?.textContent).toBe('VM1');
  expect(document.querySelector('[data-field="currentHost"] [data-value]')?.textContent).toBe('Demo1');
  await next('Select Host');
  expect(row('Demo2').textContent).toContain('★★★★½ (4.5)');
  expect(row('Demo3').getAttribute('aria-disabled')).toBe('true');
  expect(row('Demo3').textContent).toContain('No cluster network joins Demo1 and Demo3');
  // No host chosen: Next stays.
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  expect(title()).toBe('Select Host');
  // Quick: Demo3 can take it.
  fireEvent.click(within(document.querySelector('[data-field="transferType"]') as HTMLElement).getByLabelText('Quick'));
  expect(row('Demo3').getAttribute('aria-disabled')).not.toBe('true');
  fireEvent.click(within(document.querySelector('[data-field="transferType"]') as HTMLElement).getByLabelText('Live'));
  fireEvent.click(row('Demo2'));
  await next('Summary');
  expect(screen.getByText('Live')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Move' }));
  await waitFor(() => expect(submit).toHaveBeenCalled());
  const sent = submit.mock.calls[0] as unknown as [MigrateValues];
  expect(toMoveRequest(sent[0])).toEqual({ node: 'Demo2', migrationType: 'live' });
});
