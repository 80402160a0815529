// Keeps the console tree still while what it shows is unchanged. Consoles rebuild their nodes
// from the mirror's collections, and a host changing state (a restart) replaces the whole `hosts`
// collection; without sharing, every such batch re-rendered every react-aria TreeItem (60–80 ms
// for a 64-node lab: the main-thread long tasks of the browser bench).
import { isValidElement, type ReactNode } from 'react';
import { COLLECTION_NAMES, type LabMirrorState } from '../stores/lab-mirror';
import type { ShellTreeNode, TreeSource } from './registry';

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>, skip: ReadonlySet<string>): boolean {
  const keysA = Object.keys(a).filter((key) => !skip.has(key));
  const keysB = Object.keys(b).filter((key) => !skip.has(key));
  return keysA.length === keysB.length && keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is(a[key], b[key]));
}

const NO_KEYS: ReadonlySet<string> = new Set();
const NODE_SKIP: ReadonlySet<string> = new Set(['children', 'decoration']);

/** A decoration is a fresh element each build; the same type, key and props draw the same thing. */
function sameDecoration(a: ReactNode, b: ReactNode): boolean {
  if (Object.is(a, b)) return true;
  if (!isValidElement(a) || !isValidElement(b)) return false;
  return a.type === b.type && a.key === b.key && shallowEqual(a.props as Record<string, unknown>, b.props as Record<string, unknown>, NO_KEYS);
}

function shareNode(previous: ShellTreeNode | undefined, next: ShellTreeNode): ShellTreeNode {
  // A console may hand back the very node it built before (FCM's 8,000 role nodes).
  if (!previous || previous === next) return next;
  const children = next.children ? shareNodes(previous.children, next.children) : undefined;
  const same =
    children === previous.children &&
    sameDecoration(previous.decoration, next.decoration) &&
    shallowEqual(previous as unknown as Record<string, unknown>, next as unknown as Record<string, unknown>, NODE_SKIP);
  if (same) return previous;
  return children === next.children ? next : { ...next, children };
}

/**
 * `next`, with every node equal to one of `previous` (same href, fields, decoration and children)
 * replaced by that node; `previous` itself when nothing differs, so memoised views skip rendering.
 */
export function shareNodes(previous: readonly ShellTreeNode[] | undefined, next: ShellTreeNode[]): ShellTreeNode[] {
  if (!previous) return next;
  const byHref = new Map(previous.map((node) => [node.href, node]));
  const shared = next.map((node) => shareNode(byHref.get(node.href), node));
  const unchanged = shared.length === previous.length && shared.every((node, index) => node === previous[index]);
  return unchanged ? (previous as ShellTreeNode[]) : shared;
}

/**
 * A mirror selector for the tree: it builds only when a collection (or `loaded`) changes identity,
 * not on the clock's batches, and answers the previous tree when the build draws the same thing.
 * One selector per shell: it remembers its last answer.
 */
export function createTreeSelector(build: (source: TreeSource) => ShellTreeNode[]): (state: LabMirrorState) => ShellTreeNode[] {
  let sources: unknown[] | null = null;
  let tree: ShellTreeNode[] | undefined;
  return (state) => {
    const current = [state.loaded, ...COLLECTION_NAMES.map((name) => state[name])];
    if (tree && sources && current.every((value, index) => value === sources![index])) return tree;
    sources = current;
    const source: Partial<Record<keyof TreeSource, unknown>> = { loaded: state.loaded };
    for (const name of COLLECTION_NAMES) source[name] = state[name];
    tree = shareNodes(tree, build(source as TreeSource));
    return tree;
  };
}
