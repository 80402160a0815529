// The Windows PowerShell node, below each server that is a cluster node (whose href the shell gives).
export const POWERSHELL_NODE_KIND = 'powershell';
export const powershellHref = (serverHref: string) => `${serverHref}/powershell`;
