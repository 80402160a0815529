import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TreeView, type TreeNode } from '../ui/tree';
import { ancestorsOf, type ShellTreeNode } from './registry';

function toTreeNodes(nodes: readonly ShellTreeNode[]): TreeNode[] {
  return nodes.map((node) => {
    const Icon = node.icon;
    return {
      id: node.href,
      label: node.label,
      icon: Icon ? <Icon aria-hidden /> : undefined,
      children: node.children ? toTreeNodes(node.children) : undefined,
    };
  });
}

/** The console tree: selecting a node navigates to its URL; the URL selects the node. */
export function ConsoleTree({ nodes, selectedHref, initiallyExpanded }: { nodes: readonly ShellTreeNode[]; selectedHref: string | null; initiallyExpanded: readonly string[] }) {
  const navigate = useNavigate();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(initiallyExpanded));

  // Opening a URL deep in the tree expands the way to its node (adjusted while rendering).
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  if (selectedHref && selectedHref !== expandedFor) {
    setExpandedFor(selectedHref);
    const ancestors = ancestorsOf(nodes, selectedHref);
    if (!ancestors.every((href) => expanded.has(href))) setExpanded(new Set([...expanded, ...ancestors]));
  }

  return (
    <TreeView
      aria-label="Console tree"
      nodes={toTreeNodes(nodes)}
      selectedId={selectedHref}
      onSelect={(href) => {
        if (href !== selectedHref) void navigate(href);
      }}
      expandedIds={expanded}
      onExpandedChange={setExpanded}
      className="py-1"
    />
  );
}
