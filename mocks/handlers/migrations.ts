// Live and quick migration: Move (live or quick, to a node or the best possible node) answering
// the migration's id, one migration, the list (the jobs view), and a cluster's live-migration
// settings; each change with its `?validate=only` twin, every refusal changing nothing. The answer
// of a change is read in the same turn as the command.
import type { PathParams } from 'msw';
import { routes } from '../../src/api/routes';
import type { Command, Query, QueryAnswers } from '../../src/api/types';
import type { MigrationType } from '../../src/domain/migration';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer, answerQuery } from './answer';
import { readBody } from './request';
import { on, param } from './route';
import { parseChange, validateRoute, type ParsedCommand } from './validate-route';

const cluster = (params: PathParams<string>) => param(params, 'name');

const moveCommand = async (request: Request, params: PathParams<string>): Promise<ParsedCommand> => {
  const body = await readBody(request, routes.moveClusterRole.body);
  if (!body.ok) return body;
  // The type's value is checked by the engine, which names the field and the choices.
  const command: Command = { type: 'migrationStart', cluster: cluster(params), role: param(params, 'role'), migrationType: body.value.migrationType as MigrationType };
  if (body.value.node !== undefined) command.node = body.value.node;
  return { ok: true, command };
};

const settingsCommand = async (request: Request, params: PathParams<string>): Promise<ParsedCommand> => {
  const body = await readBody(request, routes.setMigrationSettings.body);
  return body.ok ? { ok: true, command: { type: 'migrationSetSettings', cluster: cluster(params), ...body.value } } : body;
};

/** Dispatches a change with one read, in the same turn, and answers what `shape` makes of it. */
function changeRoute(lab: LabHostApi, id: 'moveClusterRole' | 'setMigrationSettings' | 'cancelMigration', commandOf: (request: Request, params: PathParams<string>) => Promise<ParsedCommand>, readOf: (params: PathParams<string>) => Query, status = 200) {
  return on(id, async ({ request, params }) => {
    const change = await parseChange(lab, id, request, params, commandOf);
    if ('response' in change) return change.response;
    const result = await lab.dispatch(change.parsed.command, [readOf(params)]);
    if (!result.ok) return labErrorResponse(result.error);
    const read = result.answers[0];
    if (!read?.ok) return labErrorResponse({ code: 'migration.unreadable', kind: 'conflict', message: 'The migration could not be read after the change.' });
    if (id !== 'moveClusterRole') return answer(id, { ...(read.value as object), version: result.version } as never, status);
    // The role's migrations, newest first: the one this request started.
    const migration = (read.value as QueryAnswers['migrations']).migrations[0]!;
    return answer(id, { migrationId: migration.id, migration, version: result.version }, status);
  });
}

const cancelCommand = async (_request: Request, params: PathParams<string>): Promise<ParsedCommand> => ({ ok: true, command: { type: 'migrationCancel', id: param(params, 'id') } });

export function migrationHandlers(lab: LabHostApi) {
  return [
    validateRoute(lab, 'validateMoveClusterRole', moveCommand),
    changeRoute(lab, 'moveClusterRole', moveCommand, (params) => ({ type: 'migrations', cluster: cluster(params), role: param(params, 'role') }), 202),
    on('getMigrationSettings', async ({ params }) => answerQuery('getMigrationSettings', await lab.query({ type: 'migrationSettings', cluster: cluster(params) }))),
    validateRoute(lab, 'validateSetMigrationSettings', settingsCommand),
    changeRoute(lab, 'setMigrationSettings', settingsCommand, (params) => ({ type: 'migrationSettings', cluster: cluster(params) })),
    on('listMigrations', async ({ request }) => {
      const name = new URL(request.url).searchParams.get('cluster');
      return answerQuery('listMigrations', await lab.query(name === null ? { type: 'migrations' } : { type: 'migrations', cluster: name }));
    }),
    on('getMigration', async ({ params }) => answerQuery('getMigration', await lab.query({ type: 'migration', id: param(params, 'id') }))),
    changeRoute(lab, 'cancelMigration', cancelCommand, (params) => ({ type: 'migration', id: param(params, 'id') })),
  ];
}
