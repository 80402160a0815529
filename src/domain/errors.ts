// How a refusal is classified. The API maps each kind onto an HTTP status
// (docs/architecture.md, "Data flow"); the engine only says what kind of refusal it is.

export const ERROR_KINDS = ['invalid', 'not_found', 'conflict'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const HTTP_STATUS_OF_KIND: Record<ErrorKind, 404 | 409 | 422> = {
  not_found: 404,
  conflict: 409,
  invalid: 422,
};
