// A machine under migration changed state (vm-watch tells after the role reacted): a quick
// migration moves to its next phase; a live one whose machine left Running (turned off, saved,
// its host lost) ends Failed, the machine where it is: on the source.
import type { VirtualMachine } from '../../../domain/hyperv';
import type { LabContext } from '../../context';
import { quickSeen } from './quick';
import { endMigration } from './steps';

export function migrationsSeeVm(ctx: LabContext, vm: VirtualMachine): void {
  const migration = ctx.state.migration?.openByVm.get(vm.id);
  if (migration?.state !== 'Running') return;
  if (migration.type === 'quick') return quickSeen(ctx, migration, vm);
  if (vm.state !== 'Running') endMigration(ctx, migration, 'Failed', `'${vm.name}' left Running (${vm.state}) on ${vm.host}.`);
}
