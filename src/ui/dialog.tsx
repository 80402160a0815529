import { useEffect, type ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { AlertTriangle, CircleX, Info } from 'lucide-react';
import { holdModalInput } from '../stores/modal-input';
import { Button } from './button';
import { cx } from './cx';

export interface DialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange(isOpen: boolean): void;
  children: ReactNode;
  /** Buttons, right-aligned in the footer (OK / Cancel order as Windows has them). */
  footer?: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** Escape and a click outside close it (not for alert dialogs). */
  isDismissable?: boolean;
  widthClassName?: string;
  /**
   * True (the default) while the dialog waits for the user: the lab clock then runs at 1× above
   * 10× (src/shell/clock-governor.ts). A wizard's progress page passes false: it waits for the lab.
   */
  waitsForInput?: boolean;
}

/** A modal dialog: title bar, body, footer. Focus is trapped and restored by react-aria. */
export function Dialog({ title, isOpen, onOpenChange, children, footer, role = 'dialog', isDismissable = true, widthClassName = 'w-[440px]', waitsForInput = true }: DialogProps) {
  const holding = isOpen && waitsForInput;
  useEffect(() => (holding ? holdModalInput() : undefined), [holding]);
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable && role === 'dialog'}
      isKeyboardDismissDisabled={role === 'alertdialog'}
      className="fixed inset-0 z-50 flex items-center justify-center bg-backdrop"
    >
      <Modal className={cx('max-h-[90vh] max-w-[95vw] overflow-hidden rounded-[4px] border border-line-strong/50 bg-surface text-fg shadow-2xl', widthClassName)}>
        <AriaDialog role={role} className="flex max-h-[90vh] flex-col outline-none">
          <Heading slot="title" className="border-b border-line bg-header px-4 py-2 text-base font-semibold">
            {title}
          </Heading>
          <div className="min-h-0 flex-1 overflow-auto px-4 py-3 text-sm">{children}</div>
          {footer && <div className="flex justify-end gap-2 border-t border-line bg-panel px-4 py-2">{footer}</div>}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

export type Tone = 'info' | 'warning' | 'error';

const TONE_ICON = {
  info: <Info aria-hidden className="size-8 shrink-0 text-info" />,
  warning: <AlertTriangle aria-hidden className="size-8 shrink-0 text-warn" />,
  error: <CircleX aria-hidden className="size-8 shrink-0 text-error" />,
} satisfies Record<Tone, ReactNode>;

export interface ConfirmDialogProps {
  title: string;
  /** The question, e.g. "Do you want to turn off Demo2?" */
  message: ReactNode;
  /** What the action affects, one line each; shown as a list before the user confirms. */
  affects?: readonly string[];
  confirmLabel: string;
  cancelLabel?: string;
  tone?: Tone;
  isOpen: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An alert dialog that asks before a destructive action and lists what it affects. */
export function ConfirmDialog({ title, message, affects = [], confirmLabel, cancelLabel = 'Cancel', tone = 'warning', isOpen, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      role="alertdialog"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onCancel()}
      footer={
        <>
          <Button variant={tone === 'info' ? 'primary' : 'danger'} onPress={onConfirm}>
            {confirmLabel}
          </Button>
          <Button onPress={onCancel} autoFocus>
            {cancelLabel}
          </Button>
        </>
      }
    >
      <div className="flex gap-3">
        {TONE_ICON[tone]}
        <div className="flex flex-col gap-2">
          <div>{message}</div>
          {affects.length > 0 && (
            <div>
              <div className="font-semibold">This affects:</div>
              <ul className="mt-1 list-disc pl-5">
                {affects.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}

export interface MessageDialogProps {
  title: string;
  message: ReactNode;
  /** Field-level details, e.g. a refused import's `problem.errors`. */
  details?: Record<string, string>;
  tone?: Tone;
  isOpen: boolean;
  onClose(): void;
}

/** An alert with one OK button, like a Windows message box. */
export function MessageDialog({ title, message, details, tone = 'error', isOpen, onClose }: MessageDialogProps) {
  const entries = Object.entries(details ?? {});
  return (
    <Dialog
      title={title}
      role="alertdialog"
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      footer={
        <Button variant="primary" onPress={onClose} autoFocus>
          OK
        </Button>
      }
    >
      <div className="flex gap-3">
        {TONE_ICON[tone]}
        <div className="flex min-w-0 flex-col gap-2">
          <div>{message}</div>
          {entries.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-[3px] border border-line bg-panel p-2">
              {entries.map(([field, text]) => (
                <div key={field} className="contents">
                  <dt className="font-mono text-xs font-semibold break-all">{field}</dt>
                  <dd className="break-words">{text}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
    </Dialog>
  );
}
