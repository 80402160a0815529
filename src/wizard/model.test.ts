import { describe, expect, test } from 'vitest';
import {
  createWizardKit,
  emptyInput,
  erase,
  joinFilePath,
  mapAnswer,
  PASSWORD_MASK,
  resolveValues,
  setValue,
  splitFilePath,
  summaryRows,
  summaryText,
  validatePage,
  visiblePages,
} from './model';

type Values = {
  alias: string;
  name: string;
  kind: string;
  partner: string;
  password: string;
  sizeAmount: number;
  sizeUnit: string;
  createNew: boolean;
};
interface Ctx {
  server: string;
  partners: string[];
}

const k = createWizardKit<Values, Ctx>();
const demo = k.wizard('demo', 'Demo Wizard', [
  k.form('alias', 'Target Alias', [
    k.text('alias', { label: 'Target alias', validate: (value) => (value ? undefined : 'Enter an alias.') }),
    k.text('name', { label: 'Target name', default: (v, ctx) => `iqn.x:${ctx.server}-${v.alias}`.toLowerCase(), owns: ['targetName'] }),
  ]),
  k.form('kind', 'Device Type', [
    k.radio('kind', {
      label: 'Device type',
      default: 'mirror',
      options: [
        { id: 'mirror', label: 'Mirror', unavailable: 'not simulated in this lab' },
        { id: 'ha', label: 'High Availability' },
        { id: 'basic', label: 'Basic' },
      ],
    }),
  ]),
  k.form(
    'partner',
    'Partner',
    [
      k.select('partner', { label: 'Partner', options: (_v, ctx) => ctx.partners.map((id) => ({ id, label: id })), owns: ['ha.partnerAddress'] }),
      k.password('password', { label: 'Password', owns: ['ha.partnerPassword'] }),
    ],
    { visible: (v) => v.kind === 'ha' },
  ),
  k.form('image', 'Image', [
    k.number('sizeAmount', {
      label: 'Size',
      default: 1024,
      minValue: 1,
      unit: { name: 'sizeUnit', label: 'Unit', default: 'MB', options: [{ id: 'MB', label: 'MB' }, { id: 'GB', label: 'GB' }] },
      owns: ['sizeBytes'],
    }),
    k.checkbox('createNew', { label: 'Create new', default: true, visible: (v) => v.kind !== 'basic' }),
  ]),
  k.summary('summary', 'Summary'),
]);
const def = erase(demo);
const ctx: Ctx = { server: 'SWS-Store1', partners: ['SWS-Store2', 'SWS-DC'] };

describe('wizard model', () => {
  test('a dependent default follows its source until the user edits it', () => {
    let input = setValue(emptyInput(), 'alias', 'HA1');
    expect(resolveValues(def, input, ctx).name).toBe('iqn.x:sws-store1-ha1');
    input = setValue(input, 'alias', 'HA2');
    expect(resolveValues(def, input, ctx).name).toBe('iqn.x:sws-store1-ha2');
    input = setValue(input, 'name', 'iqn.custom');
    input = setValue(input, 'alias', 'HA3');
    expect(resolveValues(def, input, ctx).name).toBe('iqn.custom');
  });

  test('an unavailable default falls back to the first available choice; options follow the context', () => {
    const values = resolveValues(def, emptyInput(), ctx);
    expect(values.kind).toBe('ha');
    expect(values.partner).toBe('SWS-Store2');
    expect(values.sizeUnit).toBe('MB');
    expect(values.createNew).toBe(true);
  });

  test('pages and fields show and hide with the values', () => {
    const ha = resolveValues(def, emptyInput(), ctx);
    expect(visiblePages(def, ha, ctx).map((page) => page.id)).toEqual(['alias', 'kind', 'partner', 'image', 'summary']);
    const basic = resolveValues(def, setValue(emptyInput(), 'kind', 'basic'), ctx);
    expect(visiblePages(def, basic, ctx).map((page) => page.id)).toEqual(['alias', 'kind', 'image', 'summary']);
    expect(summaryRows(def, basic, ctx).map((row) => row.name)).not.toContain('createNew');
  });

  test('page validation: the field rule, unavailable choices, numbers', () => {
    expect(validatePage(def, 'alias', resolveValues(def, emptyInput(), ctx), ctx)).toEqual({ alias: 'Enter an alias.' });
    const mirror = resolveValues(def, setValue(emptyInput(), 'kind', 'mirror'), ctx);
    expect(validatePage(def, 'kind', mirror, ctx).kind).toMatch(/Mirror is not available: not simulated/);
    const zero = resolveValues(def, setValue(emptyInput(), 'sizeAmount', 0), ctx);
    expect(validatePage(def, 'image', zero, ctx).sizeAmount).toBe('Size must be at least 1.');
    const half = resolveValues(def, setValue(emptyInput(), 'sizeAmount', 1.5), ctx);
    expect(validatePage(def, 'image', half, ctx).sizeAmount).toBe('Size must be a whole number.');
    // A hidden page is not validated.
    const basic = resolveValues(def, setValue(setValue(emptyInput(), 'kind', 'basic'), 'partner', 'nowhere'), ctx);
    expect(validatePage(def, 'partner', basic, ctx)).toEqual({});
  });

  test('summary rows list every visible choice with labels; passwords are masked', () => {
    let input = setValue(emptyInput(), 'alias', 'HA1');
    input = setValue(input, 'password', 'starwind');
    input = setValue(input, 'sizeUnit', 'GB');
    input = setValue(input, 'sizeAmount', 20);
    const rows = summaryRows(def, resolveValues(def, input, ctx), ctx);
    expect(rows.map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Target alias: HA1',
      'Target name: iqn.x:sws-store1-ha1',
      'Device type: High Availability',
      'Partner: SWS-Store2',
      `Password: ${PASSWORD_MASK}`,
      'Size: 20 GB',
      'Create new: Yes',
    ]);
  });

  test('server errors land on the fields that own their paths; later pages wait', () => {
    const values = resolveValues(def, setValue(emptyInput(), 'alias', 'HA1'), ctx);
    const answer = { targetName: 'Taken.', 'ha.partnerPassword': 'Wrong password.', sizeBytes: 'Too large.', other: 'Not connected.' };
    // On the partner page (index 2): the earlier page's error is shown there and listed; image waits.
    const mapped = mapAnswer(def, values, ctx, answer, 2);
    expect(mapped.fields).toEqual({ name: 'Taken.', password: 'Wrong password.' });
    expect(mapped.page).toEqual(['Target Alias: Target name: Taken.', 'Not connected.']);
    expect(mapped.firstPageIndex).toBe(0);
    // A dotted path falls to the field owning its prefix.
    expect(mapAnswer(def, values, ctx, { 'ha.partnerAddress.host': 'Unknown host.' }, 2).fields).toEqual({ partner: 'Unknown host.' });
  });

  test('two fields with one name are refused', () => {
    expect(() => k.wizard('x', 'X', [k.form('a', 'A', [k.text('alias', { label: 'A' })]), k.form('b', 'B', [k.text('alias', { label: 'B' })])])).toThrow(/alias/);
  });

  test('lists, tables and trees: built-in rules, summary values, and the summary as text', () => {
    type Kinds = { servers: readonly string[]; vms: readonly string[]; tests: readonly string[] };
    const kk = createWizardKit<Kinds, null>();
    const kinds = erase(
      kk.wizard('kinds', 'Kinds Wizard', [
        kk.form('pick', 'Pick', [
          kk.list('servers', { label: 'Selected servers', entryLabel: 'Enter name', minEntries: 1, validateEntry: (entry) => (entry.startsWith('Demo') ? undefined : 'not a node') }),
          kk.table('vms', {
            label: 'Virtual machines',
            selection: 'multiple',
            columns: [{ id: 'name', label: 'Name' }, { id: 'state', label: 'State' }],
            rows: [{ id: 'vm-1', cells: { name: 'VM1', state: 'Off' } }, { id: 'vm-2', cells: { name: 'VM2', state: 'Running' }, unavailable: 'it is running' }],
          }),
          kk.tree('tests', { label: 'Tests', nodes: [{ id: 'inv', label: 'Inventory', children: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }] }),
        ]),
        kk.summary('summary', 'Summary'),
      ]),
    );
    const of = (typed: Record<string, readonly string[]>) => resolveValues(kinds, Object.entries(typed).reduce((input, [name, value]) => setValue(input, name, value), emptyInput()), null);
    expect(of({})).toEqual({ servers: [], vms: [], tests: [] });
    expect(validatePage(kinds, 'pick', of({}), null)).toEqual({ servers: 'Add at least one entry to Selected servers.', tests: 'Choose at least one item of Tests.' });
    expect(validatePage(kinds, 'pick', of({ servers: ['Demo1', 'SWS-DC'], vms: ['vm-2'], tests: ['zz'] }), null)).toEqual({
      servers: 'SWS-DC: not a node',
      vms: 'VM2 is not available: it is running',
      tests: 'Choose among the listed items of Tests.',
    });
    const chosen = of({ servers: ['Demo1', 'Demo2'], vms: ['vm-1'], tests: ['a', 'b'] });
    expect(validatePage(kinds, 'pick', chosen, null)).toEqual({});
    expect(summaryRows(kinds, chosen, null).map((row) => `${row.label}: ${row.value}`)).toEqual(['Selected servers: Demo1, Demo2', 'Virtual machines: VM1', 'Tests: All']);
    expect(summaryRows(kinds, of({ tests: ['b'] }), null).at(-1)?.value).toBe('B');
    expect(summaryText(kinds, chosen, null)).toBe('Kinds Wizard\n\nPick\n  Selected servers: Demo1, Demo2\n  Virtual machines: VM1\n  Tests: All\n');
  });
});

describe('a file field and a choice with nothing chosen', () => {
  type Picked = { path: string; nic: string; other: string };
  const p = createWizardKit<Picked, null>();
  const def = erase(
    p.wizard('picked', 'Picked', [
      p.form('page', 'Page', [
        p.file('path', { label: 'Image file', browse: [{ id: 'My Computer\\D', label: 'D:', files: ['a.img'] }], default: 'My Computer\\D\\a.img' }),
        p.select('nic', { label: 'Interface', options: [{ id: '10.0.0.1', label: '10.0.0.1' }], unchosen: 'Set the interface.' }),
        p.select('other', { label: 'Other', options: [{ id: 'x', label: 'X' }] }),
      ]),
    ]),
  );
  const of = (entries: Record<string, string>) => resolveValues(def, Object.entries(entries).reduce((input, [name, value]) => setValue(input, name, value), emptyInput()), null);

  test('unchosen starts empty and blocks with its message; without it the first option is the default', () => {
    expect(of({})).toMatchObject({ path: 'My Computer\\D\\a.img', nic: '', other: 'x' });
    expect(validatePage(def, 'page', of({}), null)).toEqual({ nic: 'Set the interface.' });
    expect(validatePage(def, 'page', of({ nic: '10.0.0.1' }), null)).toEqual({});
    expect(summaryRows(def, of({ nic: '10.0.0.1' }), null).map((row) => `${row.label}: ${row.value}`)[0]).toBe('Image file: My Computer\\D\\a.img');
  });

  test('a path splits at its last backslash and joins back', () => {
    expect(splitFilePath('My Computer\\D\\HA\\HA1.img')).toEqual({ folder: 'My Computer\\D\\HA', fileName: 'HA1.img' });
    expect(splitFilePath('HA1.img')).toEqual({ folder: '', fileName: 'HA1.img' });
    expect(joinFilePath('My Computer\\D\\', 'HA1.img')).toBe('My Computer\\D\\HA1.img');
  });
});
