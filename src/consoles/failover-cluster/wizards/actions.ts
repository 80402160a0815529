// Failover Cluster Manager's wizard actions: Validate a Configuration… (on Failover Cluster Manager
// and on a cluster), Create a Cluster… (on Failover Cluster Manager), Configure Cluster Quorum
// Settings… (on a cluster), Configure a Service or Application… (on Services and applications) and
// View Validation Report. Each opens its wizard from a lazily loaded
// *.open.tsx: the definitions, the wizard model and frame load with the first of them.
import { createElement } from 'react';
import { AppWindow, ClipboardCheck, FileText, Network, Scale } from 'lucide-react';
import type { Cluster } from '../../../domain/cluster';
import type { ActionContext, ShellAction } from '../../../shell/registry';
import { lazyNamed } from '../../../ui/lazy-named';
import { findCluster } from '../model';
import { FCM_ACTION_IDS, FCM_NODE_KINDS } from '../paths';
import { targetAction } from '../target-action';
import { FCM_WIZARD_ACTIONS } from './action-labels';

const ValidateWizard = lazyNamed(() => import('./validate.open'), 'ValidateWizard');
const ValidationReports = lazyNamed(() => import('./reports.open'), 'ValidationReports');
const CreateClusterWizard = lazyNamed(() => import('./create-cluster.open'), 'CreateClusterWizard');
const QuorumWizard = lazyNamed(() => import('./quorum.open'), 'QuorumWizard');
const ConfigureRoleWizard = lazyNamed(() => import('./configure-role.open'), 'ConfigureRoleWizard');

const onRoot = (ctx: ActionContext) => ctx.node?.kind === FCM_NODE_KINDS.root;
const onCluster = (ctx: ActionContext) => ctx.node?.kind === FCM_NODE_KINDS.cluster;

/** The cluster a cluster node stands for (its key is the cluster's name). */
export function nodeCluster(ctx: ActionContext): Cluster | undefined {
  const name = onCluster(ctx) ? ctx.node?.key?.toLowerCase() : undefined;
  return name === undefined ? undefined : Object.values(ctx.lab.clusters).find((cluster) => cluster.name.toLowerCase() === name);
}

export const validateAction: ShellAction = {
  id: FCM_ACTION_IDS.validate,
  label: FCM_WIZARD_ACTIONS.validate,
  icon: ClipboardCheck,
  section: 'node',
  predicate: (ctx) => onRoot(ctx) || onCluster(ctx),
  perform(ctx) {
    const api = ctx.api;
    if (!api) return;
    const cluster = nodeCluster(ctx)?.name;
    ctx.openDialog((close) => createElement(ValidateWizard, { api, cluster, onClose: close }));
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

export const createClusterAction: ShellAction = {
  id: FCM_ACTION_IDS.create,
  label: FCM_WIZARD_ACTIONS.create,
  icon: Network,
  section: 'node',
  predicate: onRoot,
  perform(ctx) {
    const api = ctx.api;
    if (!api) return;
    const navigate = ctx.navigate;
    ctx.openDialog((close) => createElement(CreateClusterWizard, { api, navigate, onClose: close }));
  },
};

export const quorumAction: ShellAction = targetAction({
  id: FCM_ACTION_IDS.quorum,
  label: FCM_WIZARD_ACTIONS.quorum,
  icon: Scale,
  section: 'node',
  target: nodeCluster,
  // The quorum is configured on a running cluster (the lab refuses otherwise).
  isEnabled: (cluster) => cluster.state === 'Online',
  perform(ctx, api, cluster) {
    ctx.openDialog((close) => createElement(QuorumWizard, { api, cluster, onClose: close }));
  },
});

/** The seed's "Configure a Service or Application link in the Actions pane" of Services and applications. */
export const configureRoleAction: ShellAction = targetAction({
  id: FCM_ACTION_IDS.configureRole,
  label: FCM_WIZARD_ACTIONS.configureRole,
  icon: AppWindow,
  section: 'node',
  target: (ctx) => (ctx.node?.kind === FCM_NODE_KINDS.services && ctx.node.key ? findCluster(ctx.lab.clusters, ctx.node.key) : undefined),
  // Roles are made on a running cluster (the lab refuses otherwise, with its words).
  isEnabled: (cluster) => cluster.state === 'Online',
  perform(ctx, api, cluster) {
    const navigate = ctx.navigate;
    ctx.openDialog((close) => createElement(ConfigureRoleWizard, { api, cluster, navigate, onClose: close }));
  },
});

export const fcmWizardActions: ShellAction[] = [validateAction, createClusterAction, quorumAction, configureRoleAction, validationReportsAction];
