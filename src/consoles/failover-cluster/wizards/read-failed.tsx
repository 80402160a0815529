// What a wizard shows instead of its pages when the lab read it opens with failed (the quorum's
// recommendation, the machines Configure a Service or Application offers): the lab's words and Close.
import { Button } from '../../../ui/button';
import { Dialog } from '../../../ui/dialog';
import { REPORTS_WORDS } from './labels';

export function ReadFailed({ title, message, onClose }: { title: string; message: string; onClose(): void }) {
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()} role="alertdialog" footer={<Button onPress={onClose}>{REPORTS_WORDS.close}</Button>}>
      <p role="alert">{message}</p>
    </Dialog>
  );
}
