import type { ShellAction } from '../../../shell/registry';

export const fcmWizardActions: ShellAction[] = [];
