// Advanced Settings (Connect To Target, Discover Target Portal): local adapter, initiator IP,
// target portal IP (Connect only) and CHAP logon. The 12–16 character rule is checked on OK here;
// the lab checks it again and its refusal shows on the same field.
import { useState } from 'react';
import { chapSecretProblem } from '../../domain/iscsi';
import { useLabMirror } from '../../stores/lab-mirror';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { ADVANCED, CANCEL, OK } from './labels';

export interface AdvancedValues {
  /** '' = Default. */
  initiatorAddress: string;
  portalAddress: string;
  chap: boolean;
  chapName: string;
  chapSecret: string;
}

export const DEFAULT_ADVANCED: AdvancedValues = { initiatorAddress: '', portalAddress: '', chap: false, chapName: '', chapSecret: '' };

/** The body's optional parts of the advanced values. */
export function advancedBody(values: AdvancedValues) {
  return {
    ...(values.initiatorAddress ? { initiatorAddress: values.initiatorAddress } : {}),
    ...(values.portalAddress ? { portalAddress: values.portalAddress } : {}),
    ...(values.chap ? { chap: { name: values.chapName, secret: values.chapSecret } } : {}),
  };
}

/** Field errors of the advanced values before they are sent. */
export function advancedProblems(values: AdvancedValues): Record<string, string> {
  if (!values.chap) return {};
  const errors: Record<string, string> = {};
  if (!values.chapName.trim()) errors['chap.name'] = 'Enter the CHAP user name.';
  const secret = chapSecretProblem(values.chapSecret);
  if (secret) errors['chap.secret'] = secret;
  return errors;
}

export function AdvancedDialog(props: {
  host: string;
  /** Target portals to choose from ("ip:port"); absent in Discover Target Portal. */
  portals?: readonly string[];
  values: AdvancedValues;
  /** Refusals of the lab, by field. */
  errors: Record<string, string>;
  onOk(values: AdvancedValues): void;
  onCancel(): void;
}) {
  const [values, setValues] = useState(props.values);
  const [errors, setErrors] = useState(props.errors);
  const host = useLabMirror((state) => Object.values(state.hosts).find((entry) => entry.name === props.host));
  const set = (patch: Partial<AdvancedValues>) => setValues((current) => ({ ...current, ...patch }));
  const ips = (host?.nics ?? []).map((nic) => ({ id: nic.ip, label: `${nic.ip} (${nic.name})` }));
  const ok = () => {
    const problems = advancedProblems(values);
    setErrors(problems);
    if (Object.keys(problems).length === 0) props.onOk(values);
  };
  return (
    <Dialog
      title={ADVANCED.title}
      isOpen
      onOpenChange={(open) => !open && props.onCancel()}
      footer={
        <>
          <Button variant="primary" onPress={ok}>
            {OK}
          </Button>
          <Button onPress={props.onCancel}>{CANCEL}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-2">
        <SelectField name="localAdapter" label={ADVANCED.localAdapter} value="default" onChange={() => undefined} options={[{ id: 'default', label: ADVANCED.defaultChoice }, { id: 'msiscsi', label: ADVANCED.adapter }]} />
        <SelectField
          name="initiatorAddress"
          label={ADVANCED.initiatorIp}
          value={values.initiatorAddress || 'default'}
          onChange={(id) => set({ initiatorAddress: id === 'default' ? '' : id })}
          options={[{ id: 'default', label: ADVANCED.defaultChoice }, ...ips]}
          errorMessage={errors.initiatorAddress}
        />
        {props.portals && (
          <SelectField
            name="portalAddress"
            label={ADVANCED.targetPortal}
            value={values.portalAddress || 'default'}
            onChange={(id) => set({ portalAddress: id === 'default' ? '' : id })}
            options={[{ id: 'default', label: ADVANCED.defaultChoice }, ...props.portals.map((portal) => ({ id: portal.split(':')[0] ?? portal, label: portal }))]}
            errorMessage={errors.portalAddress}
          />
        )}
        <Checkbox name="chap" isSelected={values.chap} onChange={(chap) => set({ chap })}>
          {ADVANCED.chap}
        </Checkbox>
        <TextField name="chap.name" label={ADVANCED.name} value={values.chapName} onChange={(chapName) => set({ chapName })} isDisabled={!values.chap} errorMessage={errors['chap.name']} />
        <TextField name="chap.secret" type="password" label={ADVANCED.secret} value={values.chapSecret} onChange={(chapSecret) => set({ chapSecret })} isDisabled={!values.chap} errorMessage={errors['chap.secret'] ?? errors.chap} />
      </div>
    </Dialog>
  );
}
