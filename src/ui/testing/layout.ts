// jsdom lays nothing out: a virtualised grid (src/ui/data-grid.tsx) renders no rows without a
// viewport. Called at a test file's top level, this gives every element a 600 × 400 box for the
// file's tests and restores jsdom's own afterwards.
import { afterAll, beforeAll } from 'vitest';

export function withFakeLayout(): void {
  const layout = {
    rect: HTMLElement.prototype.getBoundingClientRect,
    offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
  };
  beforeAll(() => {
    HTMLElement.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 400, right: 600, width: 600, height: 400, toJSON: () => ({}) });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 400 });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 400 });
  });
  afterAll(() => {
    HTMLElement.prototype.getBoundingClientRect = layout.rect;
    if (layout.offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', layout.offsetHeight);
    // clientHeight was inherited from Element: removing the override restores it.
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });
}
