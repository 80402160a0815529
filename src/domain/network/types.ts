// The physical lab: servers with their NICs and volumes, and the networks they are cabled to.
import type { OsVersion } from '../lab';
import type { PowerAction, PowerState } from '../power/constants';

export type HostRole = 'domain-controller' | 'storage' | 'cluster-node';

export interface Nic {
  /** The connection name as Network Connections shows it, e.g. "Public", "iSCSI". */
  name: string;
  /** Name of the network it is cabled to. */
  network: string;
  ip: string;
  prefixLength: number;
  linkUp: boolean;
  speedBitsPerS: number;
  /** Deterministic MAC, e.g. "00-15-5D-64-00-15". */
  mac: string;
}

export interface Volume {
  /** "C", "D". */
  letter: string;
  label: string;
  sizeBytes: number;
  freeBytes: number;
}

/** A power change in progress: when it started and when it completes. */
export interface PowerTransition {
  action: PowerAction;
  startedMs: number;
  dueMs: number;
}

export interface Host {
  id: string;
  name: string;
  role: HostRole;
  /** Display name of the OS, e.g. "Windows Server 2008 R2 Enterprise". */
  os: string;
  osVersion: OsVersion;
  domain: string;
  powerState: PowerState;
  powerTransition: PowerTransition | null;
  /** Virtual time of the last completed boot, or null when off since the lab began. */
  lastBootMs: number | null;
  /** Set by a hard power-off; the next start logs 6008 with this time and clears it. */
  uncleanShutdownMs: number | null;
  nics: Nic[];
  volumes: Volume[];
  /** Installed roles and features (Server Manager names); empty on a fresh node. */
  features: string[];
}

export interface Network {
  id: string;
  name: string;
  cidr: string;
  /** What the seed document uses it for. */
  purpose: string;
}
