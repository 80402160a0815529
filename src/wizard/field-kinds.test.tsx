// @vitest-environment jsdom
// The list, table and tree-of-check-boxes fields in a wizard, through their DOM contract
// (data-field / data-field-type, rows by data-key), as the e2e fill helper drives them.
import '../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click } from '../ui/testing/click';
import { createWizardKit, type TreeNode } from './model';
import { WizardFrame } from './wizard-frame';

type Values = { servers: readonly string[]; hardwareIds: readonly string[]; targets: readonly string[]; destination: readonly string[]; tests: readonly string[] };
interface Ctx {
  known: string[];
}
const k = createWizardKit<Values, Ctx>();

const TESTS: TreeNode[] = [
  { id: 'inventory', label: 'Inventory', children: [{ id: 'inv-bios', label: 'List BIOS Information' }, { id: 'inv-drivers', label: 'List Unsigned Drivers' }] },
  { id: 'network', label: 'Network', children: [{ id: 'net-ip', label: 'Validate IP Configuration' }] },
];

const demo = k.wizard('kinds', 'Kinds', [
  k.form('servers', 'Select Servers', [
    k.list('servers', {
      label: 'Selected servers',
      entryLabel: 'Enter name',
      caseInsensitive: true,
      minEntries: 1,
      browse: (_v, ctx) => ctx.known.map((name) => ({ id: name, label: name })),
      browseTitle: 'Select Computers',
      validateEntry: (entry, _v, ctx) => (ctx.known.some((name) => name.toLowerCase() === entry.toLowerCase()) ? undefined : 'The computer was not found.'),
    }),
  ]),
  k.form('targets', 'Targets', [
    k.table('targets', {
      label: 'Discovered targets',
      selection: 'multiple',
      minSelected: 1,
      columns: [
        { id: 'name', label: 'Name' },
        { id: 'status', label: 'Status' },
      ],
      rows: [
        { id: 'iqn:ha1', cells: { name: 'iqn:ha1', status: 'Inactive' } },
        { id: 'iqn:ha2', cells: { name: 'iqn:ha2', status: 'Inactive' } },
        { id: 'iqn:old', cells: { name: 'iqn:old', status: 'Reconnecting' }, unavailable: 'the portal does not answer' },
      ],
    }),
    k.table('destination', {
      label: 'Destination node',
      selection: 'single',
      columns: [
        { id: 'node', label: 'Node' },
        { id: 'rating', label: 'Rating' },
      ],
      rows: [
        { id: 'Demo1', cells: { node: 'Demo1', rating: 'Most suitable' } },
        { id: 'Demo2', cells: { node: 'Demo2', rating: 'Possible' } },
      ],
    }),
  ]),
  k.form('tests', 'Test Selection', [k.tree('tests', { label: 'Tests', nodes: TESTS, default: [] })]),
  k.summary('summary', 'Summary'),
]);

afterEach(cleanup);

function open() {
  const submit = vi.fn(async () => undefined);
  render(<WizardFrame definition={demo} context={{ known: ['Demo1', 'Demo2', 'Demo3'] }} submit={submit} onClose={() => undefined} />);
  return { submit };
}

const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
const title = () => screen.getByTestId('wizard-page-title').textContent;
const row = (name: string, key: string) => field(name).querySelector(`[role="row"][data-key="${key}"]`) as HTMLElement;
const entries = (name: string) => [...field(name).querySelectorAll('[role="row"][data-key]')].map((element) => element.getAttribute('data-key'));
const next = async (expected: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
  await waitFor(() => expect(title()).toBe(expected));
};
/** A pointer click as react-aria's press handlers see it. */
async function addServer(name: string) {
  const list = field('servers');
  fireEvent.change(list.querySelector('input') as HTMLInputElement, { target: { value: name } });
  fireEvent.click(within(list).getByRole('button', { name: 'Add' }));
}

describe('a list of entries', () => {
  test('Add, Enter, a refused entry, the same name twice, Remove, and at least one entry on Next', async () => {
    open();
    expect(field('servers').getAttribute('data-field-type')).toBe('list');
    await next('Select Servers');
    expect(field('servers').textContent).toContain('Add at least one entry to Selected servers.');

    await addServer('Demo1');
    expect(entries('servers')).toEqual(['Demo1']);
    const box = field('servers').querySelector('input') as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'Demo2' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(entries('servers')).toEqual(['Demo1', 'Demo2']);
    expect(title()).toBe('Select Servers');

    await addServer('Nowhere');
    expect(field('servers').textContent).toContain('Nowhere: The computer was not found.');
    await addServer('demo1');
    expect(field('servers').textContent).toContain('demo1: It is in the list already.');
    expect(entries('servers')).toEqual(['Demo1', 'Demo2']);

    await click(row('servers', 'Demo1'));
    await waitFor(() => expect(row('servers', 'Demo1').getAttribute('aria-selected')).toBe('true'));
    fireEvent.click(within(field('servers')).getByRole('button', { name: 'Remove' }));
    expect(entries('servers')).toEqual(['Demo2']);
  });

  test('Browse offers the candidates not yet listed; OK adds the chosen ones', async () => {
    open();
    await addServer('Demo1');
    fireEvent.click(within(field('servers')).getByRole('button', { name: 'Browse…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Select Computers' });
    const grid = within(dialog).getByRole('grid');
    expect([...grid.querySelectorAll('[role="row"]')].map((element) => element.getAttribute('data-key'))).toEqual(['Demo2', 'Demo3']);
    await click(grid.querySelector('[data-key="Demo3"]') as Element);
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(entries('servers')).toEqual(['Demo1', 'Demo3']));
  });
});

describe('a table to pick rows from', () => {
  test('several rows, an unavailable one refused; a single choice replaces the last; the summary names them', async () => {
    const { submit } = open();
    await addServer('Demo1');
    await next('Targets');
    expect(field('targets').getAttribute('data-field-type')).toBe('table');
    expect(field('targets').getAttribute('data-selection')).toBe('multiple');
    await next('Targets');
    expect(field('targets').textContent).toContain('Choose a row of Discovered targets.');
    expect(field('destination').textContent).toContain('Choose a row of Destination node.');

    await click(row('targets', 'iqn:ha2'));
    await click(row('targets', 'iqn:ha1'));
    await click(row('targets', 'iqn:old'));
    await waitFor(() => expect(row('targets', 'iqn:ha1').getAttribute('aria-selected')).toBe('true'));
    expect(row('targets', 'iqn:old').getAttribute('aria-disabled')).toBe('true');
    expect(row('targets', 'iqn:old').getAttribute('aria-selected')).not.toBe('true');

    await click(row('destination', 'Demo1'));
    await click(row('destination', 'Demo2'));
    await waitFor(() => expect(row('destination', 'Demo2').getAttribute('aria-selected')).toBe('true'));
    expect(row('destination', 'Demo1').getAttribute('aria-selected')).not.toBe('true');

    await next('Test Selection');
    await click(row('tests', 'net-ip'));
    await next('Summary');
    expect(screen.getByTestId('wizard-summary').textContent).toContain('Discovered targets:iqn:ha1, iqn:ha2');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(submit.mock.calls[0]).toEqual([expect.objectContaining({ targets: ['iqn:ha1', 'iqn:ha2'], destination: ['Demo2'], tests: ['net-ip'] })]);
  });
});

describe('a tree of check boxes', () => {
  test('a branch checks its tests; one test unchecked leaves the branch partly checked; Space toggles', async () => {
    const { submit } = open();
    await addServer('Demo1');
    await next('Targets');
    await click(row('targets', 'iqn:ha1'));
    await click(row('destination', 'Demo1'));
    await next('Test Selection');
    expect(field('tests').getAttribute('data-field-type')).toBe('tree');
    await next('Test Selection');
    expect(field('tests').textContent).toContain('Choose at least one item of Tests.');

    await click(row('tests', 'inventory'));
    await waitFor(() => expect(row('tests', 'inv-bios').getAttribute('aria-selected')).toBe('true'));
    expect(row('tests', 'inv-drivers').getAttribute('aria-selected')).toBe('true');
    await click(row('tests', 'inv-drivers'));
    await waitFor(() => expect(row('tests', 'inv-drivers').getAttribute('aria-selected')).not.toBe('true'));
    expect(row('tests', 'inventory').getAttribute('aria-selected')).not.toBe('true');
    expect(row('tests', 'inventory').querySelector('[data-indeterminate]')).not.toBeNull();

    await act(async () => {
      row('tests', 'network').focus();
      fireEvent.keyDown(row('tests', 'network'), { key: ' ' });
      fireEvent.keyUp(row('tests', 'network'), { key: ' ' });
    });
    await waitFor(() => expect(row('tests', 'net-ip').getAttribute('aria-selected')).toBe('true'));

    await next('Summary');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(submit).toHaveBeenCalled());
    expect(submit.mock.calls[0]).toEqual([expect.objectContaining({ tests: ['inv-bios', 'net-ip'] })]);
  });
});
