// How many modal dialogs are waiting for the user's input now. Dialogs (src/ui/dialog.tsx) hold it
// while they are open; a wizard's progress page does not (it waits for the lab, not the user). The
// clock governor (src/shell/clock-governor.ts) reads it to run the clock at 1× meanwhile.
import { create } from 'zustand';

export interface ModalInputState {
  /** Open dialogs waiting for input; nested dialogs (Browse… inside a wizard) each count. */
  waiting: number;
}

export const useModalInput = create<ModalInputState>()(() => ({ waiting: 0 }));

/** Counts one dialog as waiting until the returned release is called (once; later calls do nothing). */
export function holdModalInput(): () => void {
  useModalInput.setState((state) => ({ waiting: state.waiting + 1 }));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    useModalInput.setState((state) => ({ waiting: Math.max(0, state.waiting - 1) }));
  };
}
