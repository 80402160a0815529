// Issue 8 §5: a lab file is handed out, its passwords must not be. A lab scripted through the API
// sets several StarWind passwords (Change Credentials, logins, an HA device's partner login, Add
// Replica's partner login); its export, its command log and every change batch sent to the
// console are searched as text for each password: none holds one. The export still imports to a
// lab whose services open with the last passwords set, and with no other.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiError } from '../../src/api/client';
import type { ChangeBatch, Command, CommandLogEntry, LabFile } from '../../src/api/types';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../src/domain/starwind';
import { createDeviceBodySchema } from '../../src/domain/starwind/schemas';
import { labHost, resetLab, server } from '../../mocks/node';
import { api, consoleWithBothStores, ha1Request, STORE1, STORE2 } from '../../mocks/starwind-test-support';
import { createLab } from '../../src/engine';
import { createInProcessHost } from '../../src/host/in-process';
import { MemoryPersistence } from '../../src/host/persistence/memory';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Every password a script sets: distinct, and unlike any other text in a lab. */
const PASSWORDS = {
  store1First: 'Tr41ner-Store1-first!',
  store1Second: 'Tr41ner-Store1-second?',
  store2First: 'Tr41ner-Store2-first#',
  store2Second: 'Tr41ner-Store2-second%',
  /** iSCSI CHAP secrets (12–16 characters): a portal's, and its mutual CHAP secret. */
  chapSecret: 'Ch4p-Secret-15!',
  chapMutual: 'Mutu4l-Secret-16',
} as const;

async function changePassword(host: string, password: string, newPassword: string): Promise<void> {
  const login = STARWIND_DEFAULT_LOGIN;
  const answer = await api.call('setStarWindCredentials', { params: { host }, body: { login, password, newLogin: login, newPassword } });
  expect(answer.service?.usesDefaultCredentials).toBe(false);
}

async function logInAgain(host: string, password: string): Promise<void> {
  await api.call('disconnectStarWindServer', { params: { host } });
  expect(await api.call('connectStarWindServer', { params: { host }, body: { login: STARWIND_DEFAULT_LOGIN, password } })).toMatchObject({ connected: true });
}

/** Both servers in the console, each password changed twice and logged in with; answers the passwords in force. */
async function scriptPasswords(): Promise<{ store1: string; store2: string }> {
  await consoleWithBothStores();
  await changePassword(STORE1.name, STARWIND_DEFAULT_PASSWORD, PASSWORDS.store1First);
  await logInAgain(STORE1.name, PASSWORDS.store1First);
  await changePassword(STORE1.name, PASSWORDS.store1First, PASSWORDS.store1Second);
  await changePassword(STORE2.name, STARWIND_DEFAULT_PASSWORD, PASSWORDS.store2First);
  await logInAgain(STORE2.name, PASSWORDS.store2First);
  await changePassword(STORE2.name, PASSWORDS.store2First, PASSWORDS.store2Second);
  await logInAgain(STORE2.name, PASSWORDS.store2Second);
  return { store1: PASSWORDS.store1Second, store2: PASSWORDS.store2Second };
}

/** Collects every change batch the host sends (the console's view of entities and events). */
async function recordBatches(): Promise<{ batches: ChangeBatch[]; stop: () => void }> {
  const batches: ChangeBatch[] = [];
  const stop = await labHost.subscribe((message) => {
    if (message.type === 'batch') batches.push(message.batch);
  });
  return { batches, stop };
}

function expectNoPassword(what: string, text: string): void {
  for (const password of Object.values(PASSWORDS)) expect(text.includes(password), `${what} holds the password ${password}`).toBe(false);
}

async function expectNothingCarriesAPassword(batches: ChangeBatch[]): Promise<LabFile> {
  const file = await api.call('exportLab');
  const text = JSON.stringify(file);
  expectNoPassword('the export', text);
  expectNoPassword('the command log', JSON.stringify(await labHost.commandLog()));
  expectNoPassword('the change batches', JSON.stringify(batches));
  expectNoPassword("the lab's events", JSON.stringify(file.snapshot.events));
  // What the export holds instead: salted hashes, in the snapshot and in the logged commands.
  const passwords = (file.snapshot.domains.starwind as { passwords: Record<string, string> }).passwords;
  expect(Object.values(passwords)).toEqual([expect.stringMatching(/^sha256:[0-9a-f]{64}$/), expect.stringMatching(/^sha256:[0-9a-f]{64}$/)]);
  const logged = file.commandLog.map((entry) => entry.command).filter((command) => command.type === 'starwindChangeCredentials');
  expect(logged.length).toBe(4);
  for (const command of logged) expect([command.password, command.newPassword]).toEqual([expect.stringMatching(/^sha256:/), expect.stringMatching(/^sha256:/)]);
  return file;
}

async function loginError(host: string, password: string): Promise<string | undefined> {
  await api.call('disconnectStarWindServer', { params: { host } });
  try {
    await api.call('connectStarWindServer', { params: { host }, body: { login: STARWIND_DEFAULT_LOGIN, password } });
    return undefined;
  } catch (error) {
    if (error instanceof ApiError) return error.problem.code;
    throw error;
  }
}

describe('no secret in a lab file (issue 8 §5)', () => {
  test('StarWind 5: passwords changed, an HA device with its partner login: the export, log and batches hold none', async () => {
    await resetLab({ seed: 11, options: { starwindVersion: 5 } });
    const recording = await recordBatches();
    const current = await scriptPasswords();
    const created = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: ha1Request({}, { partnerPassword: current.store2 }) });
    expect(created.kind).toBe('ha');
    // The iSCSI initiator's CHAP secrets: a portal discovered with mutual CHAP, a target connected with it.
    const chap = { name: 'demo1', secret: PASSWORDS.chapSecret, mutualSecret: PASSWORDS.chapMutual };
    await api.call('setIscsi', { params: { name: 'Demo1' }, body: { startService: true } });
    await api.call('addIscsiPortal', { params: { name: 'Demo1' }, body: { address: STORE1.iscsiIp, chap } });
    const connected = await api.call('connectIscsiTarget', { params: { name: 'Demo1', iqn: ha1Request().targetName }, body: { chap } });
    expect(connected.target.status).toBe('connected');
    const file = await expectNothingCarriesAPassword(recording.batches);
    recording.stop();
    const loggedChap = file.commandLog.map((entry) => entry.command).filter((command) => command.type === 'iscsiAddPortal' || command.type === 'iscsiConnect');
    for (const command of loggedChap) expect([command.chap?.secret, command.chap?.mutualSecret]).toEqual([expect.stringMatching(/^sha256:/), expect.stringMatching(/^sha256:/)]);
    const logged = file.commandLog.find((entry) => entry.command.type === 'starwindCreateDevice')?.command;
    expect(logged?.type === 'starwindCreateDevice' && logged.request.ha?.partnerPassword).toMatch(/^sha256:[0-9a-f]{64}$/);

    // The export imports (its log replayed to its snapshot) and opens with the last passwords only.
    await resetLab({ seed: 3 });
    await api.call('importLab', { body: JSON.parse(JSON.stringify(file)) as LabFile });
    expect(await loginError(STORE1.name, current.store1)).toBeUndefined();
    expect(await loginError(STORE2.name, current.store2)).toBeUndefined();
    expect(await loginError(STORE1.name, PASSWORDS.store1First)).toBe('starwind.bad_credentials');
    // A hash copied out of the file is not a password: typed in, it is hashed again and refused.
    const sealed = (file.snapshot.domains.starwind as { passwords: Record<string, string> }).passwords[STORE2.name]!;
    expect(await loginError(STORE2.name, sealed)).toBe('starwind.bad_credentials');
  });

  test("StarWind 8: Add Replica's partner login is not kept either", async () => {
    await resetLab({ seed: 12, options: { starwindVersion: 8 } });
    const recording = await recordBatches();
    const current = await scriptPasswords();
    const { ha: _ha, ...plain } = ha1Request({ deviceType: 'image-file' });
    const device = await api.call('createStarWindDevice', { params: { host: STORE1.name }, body: plain });
    const { initMethod: _clear, ...partner } = ha1Request({}, { partnerPassword: current.store2 }).ha!;
    const replicated = await api.call('addStarWindReplica', { params: { id: device.id }, body: { ...partner, initMethod: 'sync-from-local' } });
    expect(replicated.kind).toBe('ha');
    const file = await expectNothingCarriesAPassword(recording.batches);
    recording.stop();
    const logged = file.commandLog.find((entry) => entry.command.type === 'starwindAddReplica')?.command;
    expect(logged?.type === 'starwindAddReplica' && logged.request.partnerPassword).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('a lab stored, or a file written, by a build that kept passwords in clear: nothing exported since holds one', async () => {
    // The log as that build stored it: clear passwords, in this browser's storage.
    const lab = createLab({ seed: 13, options: { starwindVersion: 5 } });
    const clear: Command[] = [
      { type: 'starwindAddServer', address: STORE1.name, port: 3261 },
      { type: 'starwindConnect', server: STORE1.name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD },
      { type: 'starwindAddServer', address: STORE2.name, port: 3261 },
      { type: 'starwindConnect', server: STORE2.name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD },
      { type: 'starwindChangeCredentials', server: STORE2.name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD, newLogin: STARWIND_DEFAULT_LOGIN, newPassword: PASSWORDS.store2First },
      { type: 'starwindCreateDevice', server: STORE1.name, request: createDeviceBodySchema.parse(ha1Request({}, { partnerPassword: PASSWORDS.store2First })) },
    ];
    const commandLog: CommandLogEntry[] = clear.map((command, index) => ({ atMs: index * 1000, command }));
    for (const entry of commandLog) {
      lab.advance(entry.atMs - lab.nowMs());
      const result = lab.dispatch(entry.command);
      if (!result.ok) throw new Error(result.error.message);
    }
    const persistence = new MemoryPersistence();
    await persistence.reset({ params: lab.params, snapshot: null, commandLog, archive: [], nowMs: lab.nowMs(), speed: 1 });
    const host = createInProcessHost({ persistence });
    expect((await host.info()).hash).toBe(lab.hash());
    // Its first start under this build stored the log again, sealed: storage holds no password,
    // and the lab a reload restores from it is the same.
    expectNoPassword('the stored lab', JSON.stringify([await persistence.load(), await persistence.archivedLog()]));
    const reopened = createInProcessHost({ persistence });
    expect((await reopened.info()).hash).toBe(lab.hash());
    await reopened.close();
    const file = await host.exportLab();
    expectNoPassword('the export', JSON.stringify(file));
    expectNoPassword('the command log', JSON.stringify(await host.commandLog()));
    // The sealed log still leads to the lab: an import replays it to the snapshot.
    const target = createInProcessHost();
    expect(await target.importLab(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true, info: { hash: lab.hash() } });
    expectNoPassword('the imported log', JSON.stringify(await target.commandLog()));

    // The same lab as a file of that build: StarWind part version 5, passwords in clear in the
    // snapshot and the log. It imports (the migration seals the passwords, the log is archived);
    // the services open with the same passwords, and nothing exported since holds one.
    const old = JSON.parse(JSON.stringify(file)) as LabFile;
    old.snapshot.domainVersions.starwind = 5;
    (old.snapshot.domains.starwind as { passwords: Record<string, string> }).passwords = { [STORE1.name]: STARWIND_DEFAULT_PASSWORD, [STORE2.name]: PASSWORDS.store2First };
    old.commandLog = commandLog;
    const fromOld = createInProcessHost();
    expect(await fromOld.importLab(old)).toMatchObject({ ok: true, info: { hash: lab.hash() } });
    expectNoPassword('the export of an imported older file', JSON.stringify(await fromOld.exportLab()));
    await fromOld.dispatch({ type: 'starwindDisconnect', server: STORE2.name });
    const login = (password: string) => fromOld.dispatch({ type: 'starwindConnect', server: STORE2.name, login: STARWIND_DEFAULT_LOGIN, password });
    expect(await login(STARWIND_DEFAULT_PASSWORD)).toMatchObject({ ok: false, error: { code: 'starwind.bad_credentials' } });
    expect(await login(PASSWORDS.store2First)).toMatchObject({ ok: true, changed: true });
    expectNoPassword('the log after a login', JSON.stringify(await fromOld.commandLog()));
    await Promise.all([host.close(), target.close(), fromOld.close()]);
  });
});
