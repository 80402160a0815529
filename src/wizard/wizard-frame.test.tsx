// @vitest-environment jsdom
import '../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CheckResult } from './model';
import { createWizardKit } from './model';
import { WizardFrame } from './wizard-frame';

type Values = { alias: string; partner: string; size: number };
const k = createWizardKit<Values, null>();
const demo = k.wizard('demo', 'Demo Wizard', [
  k.form('alias', 'Target Alias', [k.text('alias', { label: 'Target alias', validate: (value) => (value ? undefined : 'Enter an alias.') })]),
  k.form('partner', 'Partner Server', [
    k.text('partner', { label: 'Partner host', owns: ['ha.partnerAddress'] }),
    k.number('size', { label: 'Size', default: 10, minValue: 1 }),
  ]),
  k.summary('summary', 'Summary'),
]);

afterEach(cleanup);

function open(overrides: { check?: (values: Values, pageId: string) => Promise<CheckResult>; submit?: (values: Values) => Promise<void> } = {}) {
  const onClose = vi.fn();
  const submit = vi.fn(overrides.submit ?? (async () => undefined));
  render(<WizardFrame definition={demo} context={null} check={overrides.check} submit={submit} onClose={onClose} />);
  return { onClose, submit };
}

const title = () => screen.getByTestId('wizard-page-title').textContent;
const field = (name: string) => document.querySelector(`[data-field="${name}"]`) as HTMLElement;
const input = (name: string) => field(name).querySelector('input') as HTMLInputElement;
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });

describe('WizardFrame', () => {
  test('Next validates the page: the message shows on the field and the page stays', async () => {
    open();
    expect(title()).toBe('Target Alias');
    press('Next >');
    await waitFor(() => expect(field('alias').textContent).toContain('Enter an alias.'));
    expect(title()).toBe('Target Alias');
    type('alias', 'HA1');
    press('Next >');
    await waitFor(() => expect(title()).toBe('Partner Server'));
  });

  test('Back returns to the previous page with what was typed', async () => {
    open();
    type('alias', 'HA1');
    press('Next >');
    await waitFor(() => expect(title()).toBe('Partner Server'));
    press('< Back');
    await waitFor(() => expect(title()).toBe('Target Alias'));
    expect(input('alias').value).toBe('HA1');
    expect(screen.getByRole('button', { name: '< Back' })).toHaveProperty('disabled', true);
  });

  test("the lab's errors land on the field that owns the request path", async () => {
    const check = vi.fn(async (_values: Values, pageId: string): Promise<CheckResult> => (pageId === 'partner' ? { errors: { 'ha.partnerAddress': 'SWS-Store9 does not answer.' } } : {}));
    open({ check });
    type('alias', 'HA1');
    press('Next >');
    await waitFor(() => expect(title()).toBe('Partner Server'));
    type('partner', 'SWS-Store9');
    press('Next >');
    await waitFor(() => expect(field('partner').textContent).toContain('SWS-Store9 does not answer.'));
    expect(title()).toBe('Partner Server');
    expect(check).toHaveBeenLastCalledWith(expect.objectContaining({ alias: 'HA1', partner: 'SWS-Store9', size: 10 }), 'partner');
  });

  test('Alt+N and Alt+B press Next and Back (their letters underlined); Alt+B on the first page does nothing', async () => {
    open();
    type('alias', 'HA1');
    // Pressed inside the wizard (on its page's heading): a press outside it is not the wizard's.
    const alt = (code: string) => fireEvent.keyDown(screen.getByTestId('wizard-page-title'), { key: code.slice(3).toLowerCase(), code, altKey: true });
    alt('KeyB');
    expect(title()).toBe('Target Alias');
    alt('KeyN');
    await waitFor(() => expect(title()).toBe('Partner Server'));
    alt('KeyB');
    await waitFor(() => expect(title()).toBe('Target Alias'));
    expect(input('alias').value).toBe('HA1');
    expect(screen.getByRole('button', { name: 'Next >' }).querySelector('.underline')?.textContent).toBe('N');
  });

  test('Cancel closes without submitting', () => {
    const { onClose, submit } = open();
    press('Cancel');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(submit).not.toHaveBeenCalled();
  });

  test('Escape closes without submitting', async () => {
    const { onClose, submit } = open();
    await act(async () => {
      fireEvent.keyDown(input('alias'), { key: 'Escape' });
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(submit).not.toHaveBeenCalled();
  });

  test('the summary lists the choices and Finish submits the values, then closes', async () => {
    const { onClose, submit } = open();
    type('alias', 'HA1');
    press('Next >');
    await waitFor(() => expect(title()).toBe('Partner Server'));
    type('partner', 'SWS-Store2');
    press('Next >');
    await waitFor(() => expect(title()).toBe('Summary'));
    expect(screen.getByTestId('wizard-summary').textContent).toContain('Partner host:SWS-Store2');
    press('Finish');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(submit).toHaveBeenCalledWith(expect.objectContaining({ alias: 'HA1', partner: 'SWS-Store2' }));
  });
});
