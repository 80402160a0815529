// The iSCSI Initiator node, below each server node (whose href the shell gives).
export const ISCSI_NODE_KIND = 'iscsi-initiator';
export const iscsiHref = (serverHref: string) => `${serverHref}/iscsi-initiator`;
/** Demo1's node, for the Getting Started links (src/consoles/servers: a server's URL is /servers/<name>). */
export const serverIscsiHref = (host: string) => iscsiHref(`/servers/${host}`);
