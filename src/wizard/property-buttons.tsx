// A property sheet's OK, Cancel and Apply (Windows' order): OK applies then closes, Apply stays
// open; both wait while a request is under way. Used with usePropertyApply (property-apply.ts).
import { Button } from '../ui/button';

export interface PropertyButtonsProps {
  busy: boolean;
  apply(): Promise<boolean>;
  onClose(): void;
  labels: { ok: string; cancel: string; apply: string };
}

export function PropertyButtons({ busy, apply, onClose, labels }: PropertyButtonsProps) {
  return (
    <>
      <Button variant="primary" isDisabled={busy} onPress={() => void apply().then((done) => done && onClose())}>
        {labels.ok}
      </Button>
      <Button onPress={onClose}>{labels.cancel}</Button>
      <Button isDisabled={busy} onPress={() => void apply()}>
        {labels.apply}
      </Button>
    </>
  );
}
