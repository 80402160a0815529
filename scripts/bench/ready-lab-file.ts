// Writes the ready bench's lab (ready-fleet.ts: 64 nodes, 8,000 VMs) as a lab file, built through
// the in-process host as a console would build it (so its command log replays on import), for the
// browser bench to import. Run: npx tsx scripts/bench/ready-lab-file.ts <file.json>
import { writeFileSync } from 'node:fs';
import { createInProcessHost } from '../../src/host/in-process';
import { FLEET_PARAMS, fleetSteps } from './ready-fleet';

const out = process.argv[2];
if (!out) throw new Error('Usage: ready-lab-file.ts <file.json>');
const host = createInProcessHost();
await host.newLab(FLEET_PARAMS);
for (const step of fleetSteps()) {
  if ('advanceMs' in step) {
    await host.advance(step.advanceMs);
    continue;
  }
  const answer = await host.dispatch(step.command);
  if (!answer.ok) throw new Error(`${step.command.type} refused: ${JSON.stringify(answer)}`);
}
const file = await host.exportLab();
writeFileSync(out, JSON.stringify(file));
console.log(JSON.stringify({ commands: file.commandLog.length, bytes: JSON.stringify(file).length }));
process.exit(0);
