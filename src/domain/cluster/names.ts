// The rules of a cluster name as the Access Point for Administering the Cluster page applies
// them: a NetBIOS computer name (facts Part A §2.2). Pure, so the wizard checks as one types.
import { CLUSTER_NAME_MAX_CHARS, NETBIOS_FORBIDDEN_CHARS } from './facts';

/** Why `name` cannot be a cluster name, or null when it can (whether it is taken is the engine's check). */
export function clusterNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Enter a cluster name.';
  if (name.length > CLUSTER_NAME_MAX_CHARS) return `The cluster name "${name}" is ${name.length} characters long; a NetBIOS name has at most ${CLUSTER_NAME_MAX_CHARS}.`;
  const bad = [...new Set([...name].filter((char) => NETBIOS_FORBIDDEN_CHARS.includes(char)))];
  if (bad.length > 0) return `The cluster name cannot contain ${bad.map((char) => (char === ' ' ? 'a space' : `"${char}"`)).join(', ')}.`;
  if (/^\d+$/.test(name)) return 'The cluster name cannot be made of digits only.';
  return null;
}
