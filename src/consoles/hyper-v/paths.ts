// Hyper-V Manager's tree as URLs and node kinds (the tree mirrors the URLs):
// /hyper-v            Hyper-V Manager (the servers it is connected to: every server running Hyper-V)
// /hyper-v/<server>   a server: its virtual machines, New → Virtual Machine…, and each machine's actions
// A virtual machine is a row of its server's list, not a tree node (as in the product).
export const HYPERV_HREF = '/hyper-v';
export const HYPERV_NODE_KINDS = { root: 'hyperv', server: 'hyperv.server' } as const;

export const hypervServerHref = (server: string) => `${HYPERV_HREF}/${encodeURIComponent(server)}`;

/** Action ids other places link to (seed steps). */
export const HYPERV_ACTION_IDS = {
  newVm: 'hyperv.new-vm',
} as const;
