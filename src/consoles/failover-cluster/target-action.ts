// Most of the snap-in's actions stand on one thing the lab has (the cluster of a tree node, a
// cluster network): listed where that thing is found, greyed by a rule on it, run only once the
// lab's API is there. One factory says that once; each action names its target and what it opens.
import type { ApiClient } from '../../api/client';
import type { ActionContext, ShellAction } from '../../shell/registry';

export interface TargetActionSpec<T> extends Omit<ShellAction, 'predicate' | 'isEnabled' | 'perform'> {
  /** The thing the action stands on here, or undefined (then it is not listed). */
  target(ctx: ActionContext): T | undefined;
  /** Listed but greyed when this is false. */
  isEnabled?(target: T): boolean;
  perform(ctx: ActionContext, api: ApiClient, target: T): void | Promise<void>;
}

export function targetAction<T>({ target, isEnabled, perform, ...action }: TargetActionSpec<T>): ShellAction {
  return {
    ...action,
    predicate: (ctx) => target(ctx) !== undefined,
    ...(isEnabled && {
      isEnabled: (ctx: ActionContext) => {
        const found = target(ctx);
        return found !== undefined && isEnabled(found);
      },
    }),
    perform(ctx) {
      const found = target(ctx);
      const api = ctx.api;
      if (found === undefined || !api) return;
      return perform(ctx, api, found);
    },
  };
}
