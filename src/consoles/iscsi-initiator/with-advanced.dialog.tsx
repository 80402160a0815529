// The frame Connect To Target and Discover Target Portal share: their fields, a footer of
// Advanced…, OK and Cancel, and the Advanced Settings dialog over it, whose values the caller keeps
// (they go into its request) and whose fields show the lab's refusals too.
import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { AdvancedDialog, type AdvancedValues } from './advanced.dialog';
import { CANCEL, OK } from './labels';

export function WithAdvancedDialog(props: {
  title: string;
  advancedLabel: string;
  host: string;
  /** Target portals Advanced Settings offers ("ip:port"); absent in Discover Target Portal. */
  portals?: readonly string[];
  advanced: AdvancedValues;
  onAdvanced(values: AdvancedValues): void;
  errors: Record<string, string>;
  busy: boolean;
  onOk(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const [showAdvanced, setShowAdvanced] = useState(false);
  return (
    <Dialog
      title={props.title}
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      footer={
        <>
          <Button onPress={() => setShowAdvanced(true)}>{props.advancedLabel}</Button>
          <Button variant="primary" onPress={props.onOk} isDisabled={props.busy}>
            {OK}
          </Button>
          <Button onPress={props.onClose}>{CANCEL}</Button>
        </>
      }
    >
      {props.children}
      {showAdvanced && (
        <AdvancedDialog
          host={props.host}
          portals={props.portals}
          values={props.advanced}
          errors={props.errors}
          onOk={(values) => {
            props.onAdvanced(values);
            setShowAdvanced(false);
          }}
          onCancel={() => setShowAdvanced(false)}
        />
      )}
    </Dialog>
  );
}
