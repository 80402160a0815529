// What consoles register with the shell: tree nodes, routes and actions. The shell composes them;
// consoles never import each other (ARCHITECTURE.md). Pure TypeScript apart from the types, so
// the rules here are unit-tested without a browser.
import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { ApiClient } from '../api/client';
import type { CollectionName } from '../api/types';
import type { LabMirrorState } from '../stores/lab-mirror';

export type IconComponent = ComponentType<{ className?: string; 'aria-hidden'?: boolean }>;

/** A node of the console tree. Its `href` is its id: URLs mirror the tree. */
export interface ShellTreeNode {
  href: string;
  label: string;
  icon?: IconComponent;
  /** What the node stands for, for action predicates: e.g. kind "server", key "Demo2". */
  kind: string;
  key?: string;
  /** Shown in the results pane's header; defaults to the label. */
  title?: string;
  children?: ShellTreeNode[];
  /**
   * Drawn after the label: a state icon that follows the clock (a sync percentage) without the
   * tree being rebuilt. It does not change the node's accessible name; give it its own label.
   */
  decoration?: ReactNode;
  /**
   * The node can be expanded before it has children: expanding it runs this action (StarWind's
   * "expand the server … a prompt will appear asking for an account and password").
   */
  expandAction?: string;
  /** A leaf's default action (ShellAction id): Enter or a double-click on the node runs it, as MMC runs a node's default verb. */
  defaultAction?: string;
}

/** What is selected inside the results pane (a row of a list), below the tree's node. */
export interface SelectedItem {
  kind: string;
  key: string;
  /** The actions pane's heading for the item's actions, e.g. "Demo2". */
  label: string;
}

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  affects?: readonly string[];
  confirmLabel: string;
  tone?: 'info' | 'warning' | 'error';
}

export interface MessageOptions {
  title: string;
  message: ReactNode;
  details?: Record<string, string>;
  tone?: 'info' | 'warning' | 'error';
}

export interface ActionContext {
  node: ShellTreeNode | null;
  item: SelectedItem | null;
  /** The mirror as it stood when the actions were listed or run. */
  lab: LabMirrorState;
  /** Null until the lab is ready (or after it moved to another tab). */
  api: ApiClient | null;
  /** The URL's query string (filters live there). */
  search: URLSearchParams;
  navigate(to: string): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
  showMessage(options: MessageOptions): Promise<void>;
  /** Opens a dialog the action renders; `close` removes it. */
  openDialog(render: (close: () => void) => ReactNode): void;
}

/**
 * An action, like excalidraw's: a small object menus and the actions pane share. `section` says
 * where it is listed: under the tree node's heading, under the selected item's heading, or in the
 * File or Help menu.
 */
export interface ShellAction {
  id: string;
  label: string | ((ctx: ActionContext) => string);
  icon?: IconComponent;
  section: 'node' | 'item' | 'file' | 'help';
  /** Listed only when this holds. */
  predicate(ctx: ActionContext): boolean;
  /** Listed but greyed when this is false (e.g. Start on a running server). */
  isEnabled?(ctx: ActionContext): boolean;
  /** True (the default) when the action talks to the lab: disabled while the lab is not ready. */
  needsLab?: boolean;
  /** Also a toolbar button (icon with the label as its name), as MMC snap-ins put their main verbs. */
  toolbar?: boolean;
  /**
   * The MMC verb this action is, for its standard key: "delete" runs on Delete (Remove Server),
   * "properties" on Alt+Enter. At most one listed action of a section should claim a verb.
   */
  verb?: ShellVerb;
  perform(ctx: ActionContext): void | Promise<void>;
}

export type ShellVerb = 'delete' | 'properties';

/** What tree builders see of the mirror: the collections (not the clock or the events). */
export type TreeSource = Pick<LabMirrorState, 'loaded' | CollectionName>;

/**
 * Node kinds consoles share without importing each other. A server node (owned by the Servers
 * console) has kind "server" and its host name as `key`; other consoles hang their nodes and
 * actions under it through this kind. Server Manager's node (kind "server-manager", key the host)
 * receives Storage → Disk Management the same way.
 */
export const NODE_KINDS = { server: 'server', serverManager: 'server-manager' } as const;

/**
 * Kinds of results-pane items consoles share: a disk of a server (Disk Management lists it, MPIO's
 * disk Properties acts on it). Its key is `diskItemKey(host, number)`.
 */
export const ITEM_KINDS = { disk: 'disk' } as const;
export const diskItemKey = (host: string, number: number) => `${host}/${number}`;
/** The host and disk number of a disk item's key (a host name has no "/"), or undefined. */
export function parseDiskItemKey(key: string): { host: string; number: number } | undefined {
  const match = /^([^/]+)\/(\d{1,9})$/.exec(key);
  return match ? { host: match[1]!, number: Number(match[2]) } : undefined;
}

/**
 * Nodes a console adds under nodes another console owns: iSCSI Initiator, MPIO, Disk Management,
 * Roles and Features under each server. `under` is the kind of the parent nodes; `nodes` builds
 * the children of one parent from it and the mirror. Their hrefs extend the parent's href, so
 * URLs still mirror the tree and the contributing console's routes serve them.
 */
export interface TreeContribution {
  under: string;
  nodes(parent: ShellTreeNode, lab: TreeSource): ShellTreeNode[];
}

export interface ConsoleDefinition {
  id: string;
  /** Nodes under the "HA Lab" root, computed from the mirror (servers appear as the lab has them). */
  tree(lab: TreeSource): ShellTreeNode[];
  /** Nodes under other consoles' nodes; its actions reach them through `predicate` on the node's kind. */
  contributions?: TreeContribution[];
  /** Child routes of the shell's layout route; views should be React.lazy so the first load is lean. */
  routes: RouteObject[];
  actions: ShellAction[];
  /** Hrefs of nodes open when the console first shows (its top node always is). */
  expandedByDefault?: string[];
}

export interface ListedAction {
  action: ShellAction;
  label: string;
  enabled: boolean;
}

export function actionLabel(action: ShellAction, ctx: ActionContext): string {
  return typeof action.label === 'function' ? action.label(ctx) : action.label;
}

/** The actions of one section that apply to the context, in registration order. */
export function listActions(actions: readonly ShellAction[], section: ShellAction['section'], ctx: ActionContext): ListedAction[] {
  const listed: ListedAction[] = [];
  for (const action of actions) {
    if (action.section !== section || !action.predicate(ctx)) continue;
    const labReady = action.needsLab === false || ctx.api !== null;
    listed.push({ action, label: actionLabel(action, ctx), enabled: labReady && (action.isEnabled?.(ctx) ?? true) });
  }
  return listed;
}

/**
 * What a context menu lists, the same entries as the actions pane's section for what was
 * right-clicked: a tree node's menu is its node section; a result row's menu is the selected
 * item's section, or the node's when the row is not an item with actions of its own kind (a row
 * of a list whose view selects no item).
 */
export function contextMenuActions(actions: readonly ShellAction[], target: 'node' | 'row', ctx: ActionContext): ListedAction[] {
  if (target === 'row' && ctx.item) return listActions(actions, 'item', ctx);
  return listActions(actions, 'node', ctx);
}

/**
 * The action a standard key runs (Delete, Alt+Enter): from the tree, the node's action with that
 * verb; from the results, the selected item's (none without an item: Delete in an empty list
 * must not remove the node the list belongs to). Only an enabled one.
 */
export function verbAction(actions: readonly ShellAction[], verb: ShellVerb, target: 'node' | 'row', ctx: ActionContext): ListedAction | undefined {
  if (target === 'row' && !ctx.item) return undefined;
  return contextMenuActions(actions, target, ctx).find((entry) => entry.action.verb === verb && entry.enabled);
}

/** What a list of actions shows (ids, labels, enabled), as one string to compare between batches. */
export function listedKey(listed: readonly ListedAction[]): string {
  return listed.map((entry) => `${entry.action.id}\u0000${entry.label}\u0000${entry.enabled ? 1 : 0}`).join('\u0001');
}

/**
 * The consoles' nodes with every contribution placed under the nodes of its kind, after the
 * owner's own children, in console order. A contributed node may itself receive contributions.
 */
export function composeTree(consoles: readonly ConsoleDefinition[], lab: TreeSource): ShellTreeNode[] {
  const contributions = consoles.flatMap((entry) => entry.contributions ?? []);
  const own = consoles.flatMap((entry) => entry.tree(lab));
  if (contributions.length === 0) return own;
  const place = (node: ShellTreeNode, depth: number): ShellTreeNode => {
    // A contribution under its own kind would nest forever; the console tree is never this deep.
    if (depth > 16) throw new Error(`Tree contributions nest deeper than 16 levels under ${node.href}.`);
    const added = contributions.filter((entry) => entry.under === node.kind).flatMap((entry) => entry.nodes(node, lab));
    for (const child of added) {
      if (!child.href.startsWith(`${node.href}/`)) throw new Error(`A node contributed under ${node.href} must have an href below it, not ${child.href}.`);
    }
    const children = [...(node.children ?? []), ...added];
    if (children.length === 0) return node;
    return { ...node, children: children.map((child) => place(child, depth + 1)) };
  };
  return own.map((node) => place(node, 0));
}

/** Every node of a tree, depth first. */
export function flattenTree(nodes: readonly ShellTreeNode[]): ShellTreeNode[] {
  const out: ShellTreeNode[] = [];
  const visit = (node: ShellTreeNode) => {
    out.push(node);
    node.children?.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The node a path belongs to: the node whose href is the longest prefix of the path. */
export function nodeForPath(nodes: readonly ShellTreeNode[], pathname: string): ShellTreeNode | null {
  const path = decodeURIComponent(pathname).replace(/\/+$/, '') || '/';
  let best: ShellTreeNode | null = null;
  for (const node of flattenTree(nodes)) {
    // Hrefs carry their names encoded ("Cluster%20Network%202"), as the path is compared decoded.
    const href = safeDecode(node.href).replace(/\/+$/, '') || '/';
    const matches = path === href || (href !== '/' && path.startsWith(`${href}/`));
    if (matches && (!best || href.length > best.href.length)) best = node;
  }
  return best;
}

/** The hrefs of a node's ancestors (for expanding the tree down to it). */
export function ancestorsOf(nodes: readonly ShellTreeNode[], href: string): string[] {
  const path: string[] = [];
  const visit = (node: ShellTreeNode, trail: string[]): boolean => {
    if (node.href === href) {
      path.push(...trail);
      return true;
    }
    return (node.children ?? []).some((child) => visit(child, [...trail, node.href]));
  };
  nodes.some((node) => visit(node, []));
  return path;
}
