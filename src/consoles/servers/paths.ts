export const SERVERS_HREF = '/servers';
export const serverHref = (name: string) => `${SERVERS_HREF}/${encodeURIComponent(name)}`;
