// Applies the clock governor's decisions (clock-governor.ts) through the clock API: one request at
// a time, re-judged whenever a dialog opens or closes, the setting changes or the clock changes.
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useLabMirror } from '../stores/lab-mirror';
import { useModalInput } from '../stores/modal-input';
import { useUiStore } from '../stores/ui';
import { DIALOG_SPEED, governorStep, useGovernorMemory } from './clock-governor';

export function useClockGovernor(api: ApiClient | null): void {
  const enabled = useUiStore((state) => state.slowClockInDialogs);
  const modalWaiting = useModalInput((state) => state.waiting > 0);
  const paused = useLabMirror((state) => state.clock?.paused ?? null);
  const speed = useLabMirror((state) => state.clock?.speed ?? null);
  const { slowedFrom, overridden } = useGovernorMemory();
  // While a speed change is on its way the mirror still shows the old speed: judge again after it.
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    if (!api || applying || paused === null || speed === null) return;
    const step = governorStep({ enabled, modalWaiting, paused, speed, slowedFrom, overridden });
    if (!step) return;
    const apply = (next: typeof speed) => {
      setApplying(true);
      api
        .call('setClock', { body: { speed: next } })
        .catch((error: unknown) => console.warn('[clock] could not change the speed for a dialog', error))
        .finally(() => setApplying(false));
    };
    switch (step.type) {
      case 'slow':
        useGovernorMemory.setState({ slowedFrom: step.from });
        apply(DIALOG_SPEED);
        break;
      case 'restore':
        useGovernorMemory.setState({ slowedFrom: null });
        apply(step.to);
        break;
      case 'forget':
        useGovernorMemory.setState({ slowedFrom: null, overridden: true });
        break;
      case 'rearm':
        useGovernorMemory.setState({ overridden: false });
        break;
    }
  }, [api, applying, enabled, modalWaiting, paused, speed, slowedFrom, overridden]);
}
