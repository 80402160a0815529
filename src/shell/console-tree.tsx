import { memo, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TreeView, type TreeNode } from '../ui/tree';
import { ancestorsOf, flattenTree, type ShellTreeNode } from './registry';
import { useShell } from './shell-context';

/** Within this long, a second expand request for the same node is the same gesture. */
const EXPAND_DEBOUNCE_MS = 600;

/**
 * The tree's nodes, each made once per shell node: shell-tree.ts keeps a node's identity while it
 * draws the same, so the same TreeNode comes back and its memoised row (src/ui/tree.tsx) skips
 * rendering: a change on one server does not redraw a cluster's 8,000 roles.
 */
const converted = new WeakMap<ShellTreeNode, TreeNode>();

function toTreeNode(node: ShellTreeNode): TreeNode {
  const known = converted.get(node);
  if (known) return known;
  const Icon = node.icon;
  const made: TreeNode = {
    id: node.href,
    label: node.label,
    icon: Icon ? <Icon aria-hidden /> : undefined,
    decoration: node.decoration,
    children: node.children ? node.children.map(toTreeNode) : undefined,
    hasChildItems: node.expandAction !== undefined,
  };
  converted.set(node, made);
  return made;
}

/**
 * The console tree: selecting a node navigates to its URL; the URL selects the node. Expanding a
 * node that has an `expandAction` and no children selects it and runs that action for it instead.
 * Memoised: `nodes` keeps its identity while the tree draws the same (shell-tree.ts), and a
 * react-aria Tree re-render costs every item's hooks.
 */
export const ConsoleTree = memo(function ConsoleTree({
  nodes,
  selectedHref,
  initiallyExpanded,
}: {
  nodes: readonly ShellTreeNode[];
  selectedHref: string | null;
  initiallyExpanded: readonly string[];
}) {
  const navigate = useNavigate();
  const { actions, run, openContextMenu } = useShell();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(initiallyExpanded));
  /** Nodes whose expand action ran: they open when their children arrive (after a login). */
  const [wantOpen, setWantOpen] = useState<ReadonlySet<string>>(new Set());

  // Opening a URL deep in the tree expands the way to its node (adjusted while rendering).
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  if (selectedHref && selectedHref !== expandedFor) {
    setExpandedFor(selectedHref);
    const ancestors = ancestorsOf(nodes, selectedHref);
    if (!ancestors.every((href) => expanded.has(href))) setExpanded(new Set([...expanded, ...ancestors]));
  }

  const byHref = (href: string) => flattenTree(nodes).find((node) => node.href === href);

  if (wantOpen.size > 0) {
    const arrived = [...wantOpen].filter((href) => (byHref(href)?.children?.length ?? 0) > 0);
    if (arrived.length > 0) {
      setWantOpen(new Set([...wantOpen].filter((href) => !arrived.includes(href))));
      setExpanded(new Set([...expanded, ...arrived]));
    }
  }

  // A double-click both expands and acts on a row: one gesture must ask only once.
  const lastAsked = useRef<{ href: string; atMs: number } | null>(null);
  const requestExpand = (href: string): boolean => {
    const node = byHref(href);
    if (!node?.expandAction || (node.children?.length ?? 0) > 0) return false;
    const nowMs = performance.now();
    if (lastAsked.current?.href === href && nowMs - lastAsked.current.atMs < EXPAND_DEBOUNCE_MS) return true;
    lastAsked.current = { href, atMs: nowMs };
    setWantOpen(new Set([...wantOpen, href]));
    if (href !== selectedHref) void navigate(href);
    const action = actions.find((candidate) => candidate.id === node.expandAction);
    if (action) run(action, node);
    return true;
  };

  const treeNodes = useMemo(() => nodes.map(toTreeNode), [nodes]);
  return (
    <TreeView
      aria-label="Console tree"
      nodes={treeNodes}
      selectedId={selectedHref}
      onSelect={(href) => {
        if (href !== selectedHref) void navigate(href);
      }}
      expandedIds={expanded}
      onExpandedChange={(next) => {
        const opened = [...next].filter((href) => !expanded.has(href));
        const asked = opened.filter((href) => requestExpand(href));
        setExpanded(new Set([...next].filter((href) => !asked.includes(href))));
      }}
      onAction={(href) => {
        if (requestExpand(href)) return;
        const node = byHref(href);
        const defaultAction = node?.defaultAction && !node.children?.length ? actions.find((candidate) => candidate.id === node.defaultAction) : undefined;
        if (node && defaultAction) {
          if (href !== selectedHref) void navigate(href);
          run(defaultAction, node);
          return;
        }
        if (!node?.children?.length) return;
        const next = new Set(expanded);
        if (next.has(href)) next.delete(href);
        else next.add(href);
        setExpanded(next);
      }}
      onContextMenu={(href, anchor) => {
        const node = byHref(href);
        if (node) openContextMenu({ target: 'node', node, anchor });
      }}
      className="py-1"
    />
  );
});
