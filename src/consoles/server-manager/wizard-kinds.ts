// Which of the four Server Manager wizards installs and which lists roles: small enough for the
// actions on the first screen, while the wizards' definitions load when one opens.
import type { FeatureKind } from '../../domain/features';
import type { WIZARD_WORDS } from './labels';

export type FeaturesWizardId = keyof typeof WIZARD_WORDS;

export const kindOfWizard = (id: FeaturesWizardId): FeatureKind => (id === 'addRoles' || id === 'removeRoles' ? 'role' : 'feature');
export const isInstallWizard = (id: FeaturesWizardId) => id === 'addRoles' || id === 'addFeatures';
