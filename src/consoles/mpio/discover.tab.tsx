// Discover Multi-Paths: "Add support for iSCSI devices" and Add (the seed's step); the claim takes
// effect at the next boot, so Add ends with the reboot prompt.
import { useState } from 'react';
import { Button } from '../../ui/button';
import { ErrorLine } from '../../ui/error-line';
import { Checkbox } from '../../ui/fields';
import { DISCOVER_TAB } from './labels';
import type { TabProps } from './tab-props';
import { problemOf } from '../../ui/use-lab-read';

export function DiscoverTab({ api, host, state, askReboot }: TabProps) {
  const [iscsi, setIscsi] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mpio = state.data?.mpio;
  const claimedSoon = mpio ? mpio.iscsiClaimed !== mpio.claimPending : false;
  const add = async () => {
    if (!iscsi) return setMessage(DISCOVER_TAB.nothingToAdd);
    setBusy(true);
    setMessage(null);
    try {
      await api.call('setMpio', { params: { name: host }, body: { iscsiClaimed: true } });
      setIscsi(false);
      state.reload();
      askReboot();
    } catch (reason) {
      setMessage(problemOf(reason).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-col gap-3 pt-3">
      <p>{DISCOVER_TAB.intro}</p>
      <fieldset className="flex flex-col gap-2 rounded-[3px] border border-line p-2">
        <legend className="px-1">{DISCOVER_TAB.spc3}</legend>
        <Checkbox name="iscsiSupport" isSelected={iscsi} onChange={setIscsi}>
          {DISCOVER_TAB.iscsi}
        </Checkbox>
        {claimedSoon && <p className="text-sm text-muted">{DISCOVER_TAB.alreadyClaimed}</p>}
      </fieldset>
      <fieldset className="flex flex-col gap-1 rounded-[3px] border border-line p-2">
        <legend className="px-1">{DISCOVER_TAB.others}</legend>
        <p className="text-sm text-muted">No other device of this server can be claimed.</p>
      </fieldset>
      <ErrorLine message={message} />
      <div className="flex justify-end">
        <Button onPress={() => void add()} isDisabled={busy || !mpio}>
          {DISCOVER_TAB.add}
        </Button>
      </div>
    </div>
  );
}
