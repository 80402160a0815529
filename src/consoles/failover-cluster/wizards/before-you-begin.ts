// The page every Failover Cluster Manager wizard opens with: Before You Begin, its paragraphs as
// read-only text (the wizard's `intro` words).
import type { createWizardKit, WizardValues } from '../../../wizard/model';
import { COMMON } from './labels';

export function beforeYouBegin<V extends WizardValues, C>(k: ReturnType<typeof createWizardKit<V, C>>, intro: readonly string[]) {
  return k.form(
    'before',
    COMMON.beforeYouBegin,
    intro.map((text, index) => k.staticText(`intro${index}`, { label: '', text })),
  );
}
