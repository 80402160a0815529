// Answers of the lab as responses: a query or dispatch result either becomes JSON or a problem.
import { HttpResponse } from 'msw';
import type { RouteAnswers, RouteId } from '../../src/api/routes';
import type { QueryResult } from '../../src/api/types';
import { labErrorResponse } from '../problem';

/** A JSON answer typed by the route it answers. */
export function answer<Id extends RouteId>(_id: Id, body: RouteAnswers[Id]): Response {
  return HttpResponse.json(body as Record<string, unknown>);
}

/** The value of a successful engine query, typed as the route promises; a refusal as a problem. */
export function answerQuery<Id extends RouteId>(id: Id, result: QueryResult): Response {
  return result.ok ? answer(id, result.value as RouteAnswers[Id]) : labErrorResponse(result.error);
}
