// "Add Server" (document step 2): the server's name or address and its management port.
import type { ApiClient } from '../../api/client';
import { STARWIND_MANAGEMENT_PORT } from '../../domain/starwind';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { ADD_SERVER, WIZARD } from './labels';

type AddServerValues = { address: string; port: number };
const k = createWizardKit<AddServerValues, null>();

export const addServerDialog = k.dialog(
  'starwind.add-server',
  ADD_SERVER.title,
  [
    // The lab names the server "host" once it resolved the address.
    k.text('address', { label: ADD_SERVER.host, validate: (value) => (value.trim() ? undefined : 'Enter the host name or IP address of a StarWind server.'), owns: ['address', 'host'] }),
    // A port out of range is said as soon as it is typed, not only after OK.
    k.number('port', { label: ADD_SERVER.port, default: STARWIND_MANAGEMENT_PORT, validate: (port) => (port >= 1 && port <= 65535 ? undefined : WIZARD.messages.portRange) }),
  ],
  { description: ADD_SERVER.intro },
);

export function AddServerDialog({ api, onClose, onAdded }: { api: ApiClient; onClose(): void; onAdded(host: string): void }) {
  const request = labRequest<AddServerValues, 'addStarWindServer'>({
    api,
    route: 'addStarWindServer',
    body: (v) => ({ address: v.address.trim(), port: v.port }),
    onAccepted: (answer) => onAdded(answer.host),
  });
  return <FormDialog definition={addServerDialog} context={null} submit={request.submit} onClose={onClose} labels={ADD_SERVER} />;
}
