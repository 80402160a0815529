// Failover Cluster Manager's wizard actions: Validate a Configuration… (on Failover Cluster Manager
// and on a cluster), Create a Cluster… (on Failover Cluster Manager), Configure Cluster Quorum
// Settings… (on a cluster) and View Validation Report. Each opens its wizard from a lazily loaded
// *.open.tsx: the definitions, the wizard model and frame load with the first of them.
import { createElement } from 'react';
import { ClipboardCheck, FileText } from 'lucide-react';
import type { ActionContext, ShellAction } from '../../../shell/registry';
import { lazyNamed } from '../../../ui/lazy-named';
import { FCM_ACTION_IDS, FCM_NODE_KINDS } from '../paths';
import { FCM_WIZARD_ACTIONS } from './action-labels';

const ValidateWizard = lazyNamed(() => import('./validate.open'), 'ValidateWizard');
const ValidationReports = lazyNamed(() => import('./reports.open'), 'ValidationReports');

const onRoot = (ctx: ActionContext) => ctx.node?.kind === FCM_NODE_KINDS.root;
const onCluster = (ctx: ActionContext) => ctx.node?.kind === FCM_NODE_KINDS.cluster;

export const validateAction: ShellAction = {
  id: FCM_ACTION_IDS.validate,
  label: FCM_WIZARD_ACTIONS.validate,
  icon: ClipboardCheck,
  section: 'node',
  predicate: (ctx) => onRoot(ctx) || onCluster(ctx),
  perform(ctx) {
    const api = ctx.api;
    if (!api) return;
    ctx.openDialog((close) => createElement(ValidateWizard, { api, onClose: close }));
  },
};

export const validationReportsAction: ShellAction = {
  id: 'cluster.validation-reports',
  label: FCM_WIZARD_ACTIONS.reports,
  icon: FileText,
  section: 'node',
  predicate: (ctx) => onRoot(ctx) || onCluster(ctx),
  perform(ctx) {
    ctx.openDialog((close) => createElement(ValidationReports, { onClose: close }));
  },
};

export const fcmWizardActions: ShellAction[] = [validateAction, validationReportsAction];
