export const NETWORKS_HREF = '/networks';
export const networkHref = (name: string) => `${NETWORKS_HREF}/${encodeURIComponent(name)}`;
