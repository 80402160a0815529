// The Windows PowerShell node, below each server that is a cluster node (whose href the shell gives).
export const POWERSHELL_NODE_KIND = 'powershell';
export const powershellHref = (serverHref: string) => `${serverHref}/powershell`;
/** A server's console, for links (a server's URL is /servers/<name>). */
export const serverPowershellHref = (host: string) => powershellHref(`/servers/${host}`);
