// Add Roles, Add Features, Remove Roles, Remove Features on a server's Server Manager nodes. Each
// opens its wizard; Next asks the lab with `?validate=only`, Install / Remove carries it out.
// When something waits for a restart, closing the wizard asks "Do you want to restart now?" as
// 2008 R2 does; Yes restarts the server through the power route.
import { createElement } from 'react';
import { CirclePlus, CircleMinus } from 'lucide-react';
import type { ServerFeatures } from '../../domain/features';
import { ApiError } from '../../api/client';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import type { FeaturesWizardContext } from './features.wizard';
import { RESTART_PROMPT, WIZARD_WORDS } from './labels';
import { NODE } from './paths';
import { isInstallWizard, kindOfWizard, type FeaturesWizardId } from './wizard-kinds';

// The wizards (their definitions, the wizard model and frame) load when one first opens.
const FeaturesWizard = lazyNamed(() => import('./features.open'), 'FeaturesWizard');


const NODE_KINDS: readonly string[] = Object.values(NODE);

/** The host a Server Manager node stands for (its key), when one is selected. */
export function nodeHost(ctx: ActionContext): string | undefined {
  return ctx.node && NODE_KINDS.includes(ctx.node.kind) ? ctx.node.key : undefined;
}

export function serverFeaturesOf(lab: { serverFeatures: Record<string, ServerFeatures> }, host: string): ServerFeatures | undefined {
  return Object.values(lab.serverFeatures).find((server) => server.host === host);
}

async function offerRestart(ctx: ActionContext, id: FeaturesWizardId, host: string): Promise<void> {
  const yes = await ctx.confirm({ title: RESTART_PROMPT.title(WIZARD_WORDS[id].title), message: RESTART_PROMPT.message, confirmLabel: RESTART_PROMPT.confirm, tone: 'warning' });
  if (!yes || !ctx.api) return;
  try {
    await ctx.api.call('powerHost', { params: { name: host }, body: { action: 'restart' } });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    await ctx.showMessage({ title: WIZARD_WORDS[id].title, message: error.problem.detail, details: error.problem.errors, tone: 'error' });
  }
}

function openWizard(ctx: ActionContext, id: FeaturesWizardId): void {
  const host = nodeHost(ctx);
  const api = ctx.api;
  if (!host || !api) return;
  const context: FeaturesWizardContext = { host, server: serverFeaturesOf(ctx.lab, host) };
  ctx.openDialog((close) => createElement(FeaturesWizard, { api, id, context, onRestartNeeded: () => void offerRestart(ctx, id, host), onClose: close }));
}

function wizardAction(id: FeaturesWizardId): ShellAction {
  return {
    id: `server-manager.${id}`,
    label: WIZARD_WORDS[id].action,
    icon: isInstallWizard(id) ? CirclePlus : CircleMinus,
    section: 'node',
    toolbar: isInstallWizard(id),
    predicate: (ctx) => nodeHost(ctx) !== undefined && ctx.node?.kind !== (kindOfWizard(id) === 'role' ? NODE.features : NODE.roles),
    // Roles and features change only on a running server (the lab refuses otherwise).
    isEnabled: (ctx) => {
      const host = nodeHost(ctx);
      return host !== undefined && Object.values(ctx.lab.hosts).some((each) => each.name === host && each.powerState === 'on');
    },
    perform: (ctx) => openWizard(ctx, id),
  };
}

export const serverManagerActions: ShellAction[] = (['addRoles', 'removeRoles', 'addFeatures', 'removeFeatures'] as const).map(wizardAction);
