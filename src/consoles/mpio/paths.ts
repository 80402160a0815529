// The MPIO node, below each server node (whose href the shell gives).
export const MPIO_NODE_KIND = 'mpio';
export const mpioHref = (serverHref: string) => `${serverHref}/mpio`;
/** A server's node, for links (src/consoles/servers: a server's URL is /servers/<name>). */
export const serverMpioHref = (host: string) => mpioHref(`/servers/${host}`);
