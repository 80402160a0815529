// Refusals shared by several domains and queries.
import { reject, type Decision } from './decision';
import type { LabError } from './types';

export function hostNotFoundError(name: string): LabError {
  const message = `There is no server named "${name}" in the lab.`;
  return { code: 'host.not_found', kind: 'not_found', message, errors: { host: message } };
}

export function hostNotFound(name: string): Decision {
  const error = hostNotFoundError(name);
  return reject(error.code, error.kind, error.message, error.errors);
}
