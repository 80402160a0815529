// Virtual Machine Manager's tree as URLs and node kinds (the tree mirrors the URLs):
// /vmm                                   Virtual Machine Manager (an overview)
// /vmm/all-hosts                         All Hosts: the Virtual Machines of every host
// /vmm/all-hosts/<cluster>               a cluster's host group: the VMs of its nodes
// /vmm/all-hosts/<cluster>/<host>        one node's VMs
// /vmm/all-hosts/<host>                  a Hyper-V host in no cluster
// /vmm/jobs                              Jobs: the migrations, newest first
export const VMM_HREF = '/vmm';
export const VMM_ALL_HOSTS_HREF = `${VMM_HREF}/all-hosts`;
export const VMM_JOBS_HREF = `${VMM_HREF}/jobs`;

export const VMM_NODE_KINDS = { root: 'vmm', allHosts: 'vmm.all-hosts', cluster: 'vmm.cluster', host: 'vmm.host', jobs: 'vmm.jobs' } as const;
/** The node kinds whose view is the Virtual Machines list (Migrate… applies to its rows). */
export const VMM_VM_VIEW_KINDS: readonly string[] = [VMM_NODE_KINDS.allHosts, VMM_NODE_KINDS.cluster, VMM_NODE_KINDS.host];

export const vmmGroupHref = (...names: string[]) => [VMM_ALL_HOSTS_HREF, ...names.map(encodeURIComponent)].join('/');

export const VMM_ACTION_IDS = { migrate: 'vmm.migrate', cancelJob: 'vmm.job.cancel' } as const;
