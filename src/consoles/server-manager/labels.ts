// Server Manager's words (Windows Server 2008 R2). Page titles as the wizards' headers show them;
// the step list on the left uses the same titles. UNVERIFIED (no source in domain-facts; written
// from the 2008 R2 wizards as remembered): every string here. The Add Features and Remove
// Features wizards have no Before You Begin page in 2008 R2 (the roles wizards do), so they
// start at Select Features / Remove Features.
import type { FeatureKind, FeatureState } from '../../domain/features';

export const SERVER_MANAGER = 'Server Manager';
export const ROLES = 'Roles';
export const FEATURES = 'Features';

export const STATE_LABELS: Record<FeatureState, string> = {
  installed: 'Installed',
  'install-pending': 'Restart pending',
  'remove-pending': 'Removal pending restart',
  available: 'Not installed',
};

export const RESTART_PENDING_NOTE = 'A restart is pending: you must restart this server to finish the installation or removal of roles and features.';

export interface WizardWords {
  title: string;
  action: string;
  /** A role or a feature, and plural. */
  noun: string;
  nouns: string;
  selectTitle: string;
  selectLabel: string;
  selectDescription: string;
  confirmTitle: string;
  confirmDescription: string;
  submit: string;
  progressTitle: string;
  progressDescription: string;
  resultsTitle: string;
  resultsDescription: string;
  succeeded: string;
  restartPending: string;
  reportFile: string;
}

const install = (kind: FeatureKind): WizardWords => {
  const noun = kind === 'role' ? 'role' : 'feature';
  const nouns = `${noun}s`;
  return {
    title: kind === 'role' ? 'Add Roles Wizard' : 'Add Features Wizard',
    action: kind === 'role' ? 'Add Roles' : 'Add Features',
    noun,
    nouns,
    selectTitle: kind === 'role' ? 'Select Server Roles' : 'Select Features',
    selectLabel: kind === 'role' ? 'Roles' : 'Features',
    selectDescription: `Select one or more ${nouns} to install on this server.`,
    confirmTitle: 'Confirm Installation Selections',
    confirmDescription: `To install the following ${nouns}, click Install.`,
    submit: 'Install',
    progressTitle: 'Installation Progress',
    progressDescription: `Installation of the following ${nouns} has completed:`,
    resultsTitle: 'Installation Results',
    resultsDescription: `The following ${nouns} were installed:`,
    succeeded: 'Installation succeeded',
    restartPending: 'Restart Pending: You must restart this server to finish the installation process.',
    reportFile: 'Installation Results.txt',
  };
};

const remove = (kind: FeatureKind): WizardWords => {
  const noun = kind === 'role' ? 'role' : 'feature';
  const nouns = `${noun}s`;
  return {
    title: kind === 'role' ? 'Remove Roles Wizard' : 'Remove Features Wizard',
    action: kind === 'role' ? 'Remove Roles' : 'Remove Features',
    noun,
    nouns,
    selectTitle: kind === 'role' ? 'Remove Server Roles' : 'Remove Features',
    selectLabel: kind === 'role' ? 'Roles' : 'Features',
    selectDescription: `Select the installed ${nouns} to remove from this server.`,
    confirmTitle: 'Confirm Removal Selections',
    confirmDescription: `To remove the following ${nouns}, click Remove.`,
    submit: 'Remove',
    progressTitle: 'Removal Progress',
    progressDescription: `Removal of the following ${nouns} has completed:`,
    resultsTitle: 'Removal Results',
    resultsDescription: `The following ${nouns} were removed:`,
    succeeded: 'Removal succeeded',
    restartPending: 'Restart Pending: You must restart this server to finish the removal process.',
    reportFile: 'Removal Results.txt',
  };
};

export const WIZARD_WORDS = {
  addRoles: install('role'),
  addFeatures: install('feature'),
  removeRoles: remove('role'),
  removeFeatures: remove('feature'),
} as const;

export const BEFORE_YOU_BEGIN = {
  title: 'Before You Begin',
  install: [
    'This wizard helps you install roles on this server. You determine which roles to install based on the tasks you want this computer to perform, such as sharing documents or hosting a Web site.',
    'Before you continue, verify that:',
    '• The Administrator account has a strong password',
    '• Network settings, such as static IP addresses, are configured',
    '• The latest security updates from Windows Update are installed',
    'If you have to complete any of the preceding steps, cancel this wizard, complete the steps, and then run the wizard again.',
    'To continue, click Next.',
  ],
  remove: [
    'This wizard helps you remove roles from this server.',
    'Before you continue, verify that:',
    '• The Administrator account has a strong password',
    '• Network settings, such as static IP addresses, are configured',
    '• The latest security updates from Windows Update are installed',
    'To continue, click Next.',
  ],
} as const;

export const COLUMNS = { name: 'Name', status: 'Status', restart: 'Restart required', description: 'Description' } as const;

export const RESTART_PROMPT = {
  title: (wizard: string) => wizard,
  message: 'Do you want to restart now?',
  confirm: 'Yes',
} as const;
