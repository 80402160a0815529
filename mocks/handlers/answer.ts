// Answers of the lab as responses: a query or dispatch result either becomes JSON or a problem.
import { HttpResponse } from 'msw';
import type { RouteAnswers, RouteId } from '../../src/api/routes';
import type { QueryResult } from '../../src/api/types';
import { labErrorResponse } from '../problem';

/** A JSON answer typed by the route it answers (200, or 202 for a route that started a job). */
export function answer<Id extends RouteId>(_id: Id, body: RouteAnswers[Id], status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status });
}

/**
 * The answer of a route whose command may start a job (a sync): 202 Accepted with `jobId` when
 * it did (the work goes on in simulated time; follow the job in the `jobs` collection), else 200
 * with `jobId: null`.
 */
export function answerStarted<Id extends RouteId>(id: Id, body: RouteAnswers[Id] & { jobId: string | null }): Response {
  return answer(id, body, body.jobId === null ? 200 : 202);
}

/** The value of a successful engine query, typed as the route promises; a refusal as a problem. */
export function answerQuery<Id extends RouteId>(id: Id, result: QueryResult): Response {
  return result.ok ? answer(id, result.value as RouteAnswers[Id]) : labErrorResponse(result.error);
}
