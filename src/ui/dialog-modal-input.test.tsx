// @vitest-environment jsdom
import './testing/jsdom';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { useModalInput } from '../stores/modal-input';
import { Dialog } from './dialog';

afterEach(cleanup);

function renderDialog(props: { isOpen: boolean; waitsForInput?: boolean }) {
  return render(
    <Dialog title="Add Server" onOpenChange={() => undefined} {...props}>
      body
    </Dialog>,
  );
}

describe('a dialog tells the clock it waits for input', () => {
  test('open, it counts; closed or unmounted, it does not; nested dialogs each count', () => {
    const first = renderDialog({ isOpen: true });
    expect(useModalInput.getState().waiting).toBe(1);
    const second = renderDialog({ isOpen: true });
    expect(useModalInput.getState().waiting).toBe(2);
    second.rerender(
      <Dialog title="Add Server" isOpen={false} onOpenChange={() => undefined}>
        body
      </Dialog>,
    );
    expect(useModalInput.getState().waiting).toBe(1);
    first.unmount();
    expect(useModalInput.getState().waiting).toBe(0);
  });

  test('a page that waits for the lab (a progress page) does not count', () => {
    const view = renderDialog({ isOpen: true, waitsForInput: false });
    expect(useModalInput.getState().waiting).toBe(0);
    view.rerender(
      <Dialog title="Add Server" isOpen waitsForInput onOpenChange={() => undefined}>
        body
      </Dialog>,
    );
    expect(useModalInput.getState().waiting).toBe(1);
    view.unmount();
    expect(useModalInput.getState().waiting).toBe(0);
  });
});
