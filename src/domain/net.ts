// IPv4 addresses and subnets. Pure helpers: the engine, the importer and the UI validate with these.

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => OCTET.test(part));
}

/** The address as an unsigned 32-bit number; call only after isIpv4. */
export function ipv4ToNumber(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export interface Cidr {
  networkIp: string;
  prefixLength: number;
}

export function parseCidr(cidr: string): Cidr | undefined {
  const [ip, prefix, ...rest] = cidr.split('/');
  if (rest.length > 0 || ip === undefined || prefix === undefined || !isIpv4(ip) || !/^\d{1,2}$/.test(prefix)) return undefined;
  const prefixLength = Number(prefix);
  if (prefixLength > 32) return undefined;
  return { networkIp: ip, prefixLength };
}

function maskOf(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}

/** True when ip lies inside cidr (e.g. "192.168.100.21" in "192.168.100.0/24"). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const parsed = parseCidr(cidr);
  if (!parsed || !isIpv4(ip)) return false;
  const mask = maskOf(parsed.prefixLength);
  return ((ipv4ToNumber(ip) & mask) >>> 0) === ((ipv4ToNumber(parsed.networkIp) & mask) >>> 0);
}

/** The host address `hostNumber` inside a /24-or-larger network, e.g. (192.168.100.0/24, 21) → 192.168.100.21. */
export function hostAddress(cidr: string, hostNumber: number): string {
  const parsed = parseCidr(cidr);
  if (!parsed) throw new Error(`bad CIDR ${cidr}`);
  const base = (ipv4ToNumber(parsed.networkIp) & maskOf(parsed.prefixLength)) >>> 0;
  const value = base + hostNumber;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}
