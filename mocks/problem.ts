// Errors as application/problem+json (ARCHITECTURE.md, "Errors"): 400 for a request the lab cannot
// read, 404 for an unknown resource, 409 when the lab's state forbids it now, 422 for a rule broken,
// 507 when the browser's storage refused the write (nothing was changed).
import { HttpResponse } from 'msw';
import { HTTP_STATUS_OF_KIND } from '../src/domain/errors';
import type { LabError, Problem } from '../src/api/types';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  507: 'Insufficient Storage',
};

export function problemOf(status: number, code: string, detail: string, errors?: Record<string, string>): Problem {
  return {
    type: `urn:ha-lab:error:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

export function problemResponse(status: number, code: string, detail: string, errors?: Record<string, string>): Response {
  const body = problemOf(status, code, detail, errors);
  return HttpResponse.json(body, { status, headers: { 'content-type': 'application/problem+json' } });
}

/** An engine refusal as a problem, with the status its kind maps onto. */
export function labErrorProblem(error: LabError): Problem {
  return problemOf(HTTP_STATUS_OF_KIND[error.kind], error.code, error.message, error.errors);
}

/** An engine refusal as a response, with the status its kind maps onto. */
export function labErrorResponse(error: LabError): Response {
  return problemResponse(HTTP_STATUS_OF_KIND[error.kind], error.code, error.message, error.errors);
}
