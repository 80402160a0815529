// What a wizard shows instead of its pages when the lab read it opens with failed (the quorum's
// recommendation, the machines Configure a Service or Application offers, a server's volumes for
// New Virtual Machine, the host ratings of Migrate): the lab's words and one button to close.
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';

export function ReadFailed({ title, message, closeLabel = 'OK', onClose }: { title: string; message: string; closeLabel?: string; onClose(): void }) {
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" footer={<Button onPress={onClose}>{closeLabel}</Button>}>
      <p role="alert">{message}</p>
    </Dialog>
  );
}
