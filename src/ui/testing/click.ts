// A mouse click as react-aria's press handlers see it: jsdom's fireEvent.click alone fires no
// pointer events, so Buttons, rows and menu items of react-aria would not react to it.
import { act, fireEvent } from '@testing-library/react';

export async function click(element: Element): Promise<void> {
  await act(async () => {
    fireEvent.pointerDown(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.mouseDown(element, { button: 0 });
    fireEvent.pointerUp(element, { pointerType: 'mouse', button: 0, pointerId: 1 });
    fireEvent.mouseUp(element, { button: 0 });
    fireEvent.click(element, { button: 0 });
  });
}
