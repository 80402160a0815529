import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { takeOver, type SessionPhase } from './session';

/** Tells this tab that another one owns the lab, and offers to take it over. */
export function OwnershipOverlay({ phase }: { phase: SessionPhase }) {
  if (phase !== 'other-tab' && phase !== 'moved') return null;
  const moved = phase === 'moved';
  return (
    <Dialog
      title={moved ? 'The lab moved to another tab' : 'HA Lab is open in another tab'}
      role="alertdialog"
      isOpen
      isDismissable={false}
      onOpenChange={() => undefined}
      footer={
        <Button variant="primary" onPress={takeOver} autoFocus>
          Take over
        </Button>
      }
    >
      <p>
        {moved
          ? 'Another tab of this browser took the lab over. This tab no longer runs it; what you see here is not updated.'
          : 'One tab at a time runs the lab, and another tab of this browser runs it now.'}
      </p>
      <p className="mt-2 text-muted">Take over to run the lab here; the other tab then stops.</p>
    </Dialog>
  );
}
