// @vitest-environment jsdom
import '../ui/testing/jsdom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWizardKit, emptyInput, erase, resolveValues, summaryText } from './model';
import { Summary } from './summary-view';

type Values = { alias: string; partner: string; localIp: string; partnerIp: string; sizeMb: number };
type Ctx = { server: string };
const k = createWizardKit<Values, Ctx>();
const ha = k.wizard('ha', 'HA Wizard', [
  k.form('alias', 'Target Alias', [k.text('alias', { label: 'Target alias', default: 'HA1' })], { summaryGroup: (_v, ctx) => ctx.server }),
  k.form('partner', 'Partner Server', [k.text('partner', { label: 'Host name', default: 'SWS-Store2' })], { summaryGroup: (v) => `${v.partner} (partner)` }),
  k.form(
    'channels',
    'Synchronization',
    [
      k.text('localIp', { label: 'Interface', default: '172.30.100.21', group: (_v, ctx) => ctx.server }),
      k.text('partnerIp', { label: 'Interface', default: '172.30.100.22', group: (v) => `${v.partner} (partner)` }),
      k.number('sizeMb', { label: 'Size', default: 1024 }),
    ],
    { groupColumns: true },
  ),
  k.summary('summary', 'Summary'),
  k.progress('done', 'Completed', { report: { fileName: (v) => `Add Target ${v.alias}.txt`, text: () => '' } }),
]);
const ctx: Ctx = { server: 'SWS-Store1' };
const values = resolveValues(erase(ha), emptyInput(), ctx);

afterEach(cleanup);

describe('the wizard summary', () => {
  test('as text: each server named above its settings, shared settings after them', () => {
    expect(summaryText(erase(ha), values, ctx)).toBe(
      [
        'HA Wizard',
        '',
        'Target Alias',
        '  SWS-Store1',
        '    Target alias: HA1',
        '',
        'Partner Server',
        '  SWS-Store2 (partner)',
        '    Host name: SWS-Store2',
        '',
        'Synchronization',
        '  SWS-Store1',
        '    Interface: 172.30.100.21',
        '  SWS-Store2 (partner)',
        '    Interface: 172.30.100.22',
        '  Size: 1024',
        '',
      ].join('\n'),
    );
  });

  test('on the page: each server a titled block beside the other, and the text copied as it is saved', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Summary definition={erase(ha)} values={values} ctx={ctx} warnings={{}} />);
    const channels = screen.getByRole('region', { name: 'Synchronization' });
    const partner = within(channels).getByRole('region', { name: 'SWS-Store2 (partner)' });
    expect(partner.textContent).toContain('172.30.100.22');
    expect(within(channels).getByRole('region', { name: 'SWS-Store1' }).textContent).toContain('172.30.100.21');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(summaryText(erase(ha), values, ctx)));
    expect(screen.getByRole('button', { name: 'Save as text…' })).toBeTruthy();
  });
});
