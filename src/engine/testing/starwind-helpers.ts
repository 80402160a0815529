// Helpers for StarWind tests: a lab with both storage servers in the console and logged in, the
// seed document's HA1 request (sync over iSCSI, heartbeat over Public), and short readers.
import { BYTES_PER_MIB } from '../../domain/units';
import { createLab } from '../lab';
import { seedHaRequest, STORE1, STORE2 } from '../scenarios/seed-lab-ready';
import type { Command, CreateDeviceRequest, HaDeviceView, Lab, LabEvent, LabParamsInput } from '../types';

export { STORE1, STORE2 };
/** HA1's targets as createHa names them: on SWS-Store1 and its partner on SWS-Store2. */
export const T1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
export const T2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';

export function ok(lab: Lab, command: Command): void {
  const result = lab.dispatch(command);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.errors)}`);
}

/** Seed lab with SWS-Store1 and SWS-Store2 added to the console and logged in as root. */
export function consoleLab(input: LabParamsInput = {}): Lab {
  const lab = createLab(input);
  for (const server of [STORE1.name, STORE2.name]) {
    ok(lab, { type: 'starwindAddServer', address: server, port: 3261 });
    ok(lab, { type: 'starwindConnect', server, login: 'root', password: 'starwind' });
  }
  return lab;
}

type HaPart = NonNullable<CreateDeviceRequest['ha']>;
export interface RequestOverrides extends Partial<Omit<CreateDeviceRequest, 'ha' | 'image'>> {
  image?: Partial<CreateDeviceRequest['image']>;
  ha?: Partial<HaPart> | null;
}

/** The seed document's HA1 / HA1Partner (steps 5–13), 1024 MB unless told otherwise. */
export function haRequest(overrides: RequestOverrides = {}): CreateDeviceRequest {
  const { ha: haOverrides, image: imageOverrides, ...rest } = overrides;
  const seed = seedHaRequest(overrides.targetAlias ?? 'HA1', 1024 * BYTES_PER_MIB);
  const request: CreateDeviceRequest = { ...seed, ...rest, image: { ...seed.image, ...imageOverrides } };
  if (haOverrides === null) delete request.ha;
  else request.ha = { ...seed.ha!, ...haOverrides };
  return request;
}

/** Creates an HA device on SWS-Store1 and answers its id. */
export function createHa(lab: Lab, overrides: RequestOverrides = {}): string {
  ok(lab, { type: 'starwindCreateDevice', server: STORE1.name, request: haRequest(overrides) });
  const answer = lab.query({ type: 'haDevices' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.devices.at(-1)!.id;
}

export function haView(lab: Lab, id: string): HaDeviceView {
  const answer = lab.query({ type: 'starwindDevice', id });
  if (!answer.ok) throw new Error(answer.error.message);
  if (answer.value.kind !== 'ha') throw new Error(`${id} is not an HA device`);
  return answer.value;
}

export function starwindEvents(lab: Lab, host?: string): LabEvent[] {
  const answer = lab.query({ type: 'events', filter: { log: 'StarWind', limit: 10_000, ...(host === undefined ? {} : { host }) } });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.events;
}

/** Advances to the due time of the running sync of `id` (the sync completes). */
export function finishSync(lab: Lab, id: string): number {
  const sync = haView(lab, id).sync;
  if (!sync) throw new Error(`${id} is not synchronizing`);
  lab.advance(sync.dueMs - lab.nowMs());
  return sync.dueMs;
}

export function write(lab: Lab, device: string, side: 0 | 1, offsetBytes: number, lengthBytes: number, count = 1) {
  return lab.dispatch({ type: 'starwindWriteBlocks', device, side, offsetBytes, lengthBytes, count });
}
