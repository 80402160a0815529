// A lab file with everything an import must check: both storage servers connected, HA1 created,
// written and synchronised, a plain image device, time moved on. Built once per test file, straight
// from the engine (no host), so property tests can mutate its JSON cheaply.
import type { Command, LabFile } from '../../src/api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../../src/domain/lab';
import { STARWIND_DEFAULT_LOGIN, STARWIND_DEFAULT_PASSWORD } from '../../src/domain/starwind';
import { createLab } from '../../src/engine';
import { ha1Request, STORE1, STORE2 } from '../../mocks/starwind-test-support';

export function labFileWithHa(): LabFile {
  const lab = createLab({ seed: 7, scenario: 'seed-lab' });
  const log: LabFile['commandLog'] = [];
  // As the host logs a command: its passwords sealed first (no lab file holds one in clear).
  const run = (typed: Command) => {
    const sealed = lab.seal(typed);
    if (!sealed.ok) throw new Error(`${typed.type}: ${sealed.error.message}`);
    const command = sealed.command;
    const result = lab.dispatch(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    log.push({ atMs: lab.nowMs(), command: structuredClone(command) });
  };
  for (const store of [STORE1, STORE2]) {
    run({ type: 'starwindAddServer', address: store.name, port: 3261 } as Command);
    run({ type: 'starwindConnect', server: store.name, login: STARWIND_DEFAULT_LOGIN, password: STARWIND_DEFAULT_PASSWORD } as Command);
  }
  const request = ha1Request();
  run({ type: 'starwindCreateDevice', server: STORE1.name, request } as unknown as Command);
  lab.advance(5_000);
  run({ type: 'starwindWriteBlocks', device: 'ha-0001', side: 0, offsetBytes: 0, lengthBytes: 4096, count: 3 } as Command);
  lab.advance(60_000);
  const { seed, scenario, options } = lab.params;
  return { kind: LAB_FILE_KIND, schemaVersion: LAB_FILE_SCHEMA_VERSION, seed, scenario, options, snapshot: lab.snapshot(), commandLog: log };
}

/** Create HA2 beside HA1 on the same servers: takes the next ha, device and target ids. */
export function ha2Command(): Command {
  const request = ha1Request(
    { targetAlias: 'HA2', targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha2', image: { folder: 'My Computer\\D\\HA', fileName: 'HA2.img', createNew: true } },
    {
      partnerTargetAlias: 'HA2Partner',
      partnerTargetName: 'iqn.2008-08.com.starwindsoftware:sws-store2-ha2partner',
      partnerImage: { folder: 'My Computer\\D\\HA', fileName: 'HA2Partner.img', createNew: true },
    },
  );
  return { type: 'starwindCreateDevice', server: STORE1.name, request } as unknown as Command;
}
