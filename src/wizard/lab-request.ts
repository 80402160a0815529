// The one way wizards and dialogs talk to the lab: Next sends the request with `?validate=only`
// (every engine check, nothing changes), the last button sends the same body without it, and a
// refusal comes back as a CheckResult whose field errors stay keyed by request path, so
// `mapAnswer` puts each on the field that owns the path (a field's `owns`, default its name).
import { ApiError, type ApiClient } from '../api/client';
import type { RouteAnswers, RouteBodies, RouteId } from '../api/routes';
import { VALIDATE_ONLY } from '../api/validate-only';
import type { ValidationAnswer } from '../api/types';
import { jobIdOf } from './jobs';
import type { CheckResult, SubmitAnswer } from './model';

/** A refusal as a wizard or dialog shows it: errors by request path, else the problem's detail. */
export function answerOfError(error: unknown): CheckResult {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error) };
  const errors = error.problem.errors ?? {};
  return Object.keys(errors).length > 0 ? { errors } : { message: error.problem.detail || error.problem.title };
}

type BodyRoute = keyof RouteBodies & RouteId;

export interface LabRequest<V, Id extends BodyRoute> {
  api: ApiClient;
  route: Id;
  params?: Record<string, string>;
  body(values: V): RouteBodies[Id];
  /** The route accepts `?validate=only`: Next asks it before moving on. */
  validate?: boolean;
  /** After the lab accepted the request (the mirror has its result). */
  onAccepted?(answer: RouteAnswers[Id], values: V): void;
}

export interface LabHooks<V> {
  check?(values: V): Promise<CheckResult>;
  submit(values: V): Promise<SubmitAnswer>;
}

type LooseCall = (id: RouteId, args: { params?: Record<string, string>; query?: Record<string, string>; body: unknown }) => Promise<unknown>;

export function labRequest<V, Id extends BodyRoute>(request: LabRequest<V, Id>): LabHooks<V> {
  // The route table types each call; here the route is a parameter, so the call is made loosely
  // and its answer typed by the route again.
  const call = request.api.call.bind(request.api) as unknown as LooseCall;
  const send = (values: V, query?: Record<string, string>) => call(request.route, { params: request.params, query, body: request.body(values) });
  return {
    ...(request.validate
      ? {
          async check(values: V): Promise<CheckResult> {
            try {
              const answer = (await send(values, { ...VALIDATE_ONLY })) as ValidationAnswer;
              return { warnings: answer.warnings };
            } catch (error) {
              return answerOfError(error);
            }
          },
        }
      : {}),
    async submit(values: V): Promise<SubmitAnswer> {
      try {
        const answer = (await send(values)) as RouteAnswers[Id];
        request.onAccepted?.(answer, values);
        const jobId = jobIdOf(answer);
        return jobId === undefined ? {} : { jobId };
      } catch (error) {
        return answerOfError(error);
      }
    },
  };
}
