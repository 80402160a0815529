// The wizard frame as actions open it: its code (pages, form fields, react-aria's dialog) loads
// with the first wizard, not with the console's first screen.
import { lazyNamed } from '../ui/lazy-named';

export const LazyWizardFrame = lazyNamed(() => import('./wizard-frame'), 'WizardFrame');
