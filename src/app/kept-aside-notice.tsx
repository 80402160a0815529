// Tells the user that the lab saved in this browser could not be restored (the host kept it aside
// in IndexedDB and started a new lab), and hands over a copy as a JSON file to inspect or keep.
import { TriangleAlert } from 'lucide-react';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { downloadJson } from './download';
import { keptLabFile, keptLabFileName } from './kept-aside';
import { dismissKeptAside, useSession } from './session';

export function KeptAsideNotice() {
  const kept = useSession((state) => state.keptAside);
  // Not over the other-tab prompt: that one asks first, and a take-over asks the new host again.
  const phase = useSession((state) => state.phase);
  if (!kept || phase !== 'ready') return null;
  return (
    <Dialog
      title="Saved lab not restored"
      role="alertdialog"
      isOpen
      isDismissable={false}
      onOpenChange={(open) => !open && dismissKeptAside()}
      widthClassName="w-[520px]"
      footer={
        <>
          <Button variant="primary" onPress={() => downloadJson(keptLabFile(kept), keptLabFileName(kept))} autoFocus>
            Export Kept Lab
          </Button>
          <Button onPress={dismissKeptAside}>Close</Button>
        </>
      }
    >
      <div className="flex gap-3">
        <TriangleAlert aria-hidden className="size-8 shrink-0 text-warn" />
        <div className="flex min-w-0 flex-col gap-2">
          <p data-testid="kept-aside-message">
            The lab saved in this browser could not be restored ({kept.reason}). It was kept; you can export it. A new lab was started in its
            place.
          </p>
          <p className="text-muted">
            The file holds the lab&apos;s parameters, its last snapshot and its command log ({kept.lab.commandLog.length} commands) as they were saved. It may
            not import: what it holds may be what made the restore fail.
          </p>
        </div>
      </div>
    </Dialog>
  );
}
