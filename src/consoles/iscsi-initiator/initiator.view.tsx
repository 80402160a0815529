// The iSCSI Initiator node's page: the initiator at a glance (name, service, targets, sessions)
// and the button that opens iSCSI Initiator Properties (the node's action).
import { useParams } from 'react-router';
import { TARGET_STATUS_LABELS } from '../../domain/iscsi';
import { useApi, useShell } from '../../shell/shell-context';
import { Button } from '../../ui/button';
import { ErrorLine } from '../../ui/error-line';
import { PropertyList } from '../../ui/property-list';
import { ISCSI_INITIATOR, OPEN_ACTION, SUMMARY } from './labels';
import { openIscsiAction } from './open.action';
import { useInitiator } from './use-initiator';

export default function InitiatorView() {
  const { name = '' } = useParams();
  const api = useApi();
  const shell = useShell();
  const { data, error } = useInitiator(api, name);
  const initiator = data?.initiator;
  const service = !initiator ? '' : initiator.serviceRunning ? SUMMARY.running : initiator.serviceStarted ? SUMMARY.stoppedHostOff : SUMMARY.stoppedNotStarted;
  const targets = data?.targets ?? [];
  const byStatus = (['connected', 'reconnecting', 'inactive'] as const)
    .map((status) => [status, targets.filter((target) => target.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${TARGET_STATUS_LABELS[status]}`);
  return (
    <section aria-label={`${ISCSI_INITIATOR} on ${name}`} className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">
        {ISCSI_INITIATOR} — {name}
      </h2>
      <ErrorLine message={error} />
      {initiator && (
        <PropertyList
          items={[
            { label: SUMMARY.name, value: initiator.initiatorName },
            { label: SUMMARY.service, value: service },
            { label: SUMMARY.targets, value: targets.length === 0 ? 'None discovered' : `${targets.length} (${byStatus.join(', ')})` },
            { label: SUMMARY.sessions, value: String(data.sessions.length) },
          ]}
        />
      )}
      <div>
        <Button variant="primary" onPress={() => shell.run(openIscsiAction)} isDisabled={!api}>
          {OPEN_ACTION}
        </Button>
      </div>
    </section>
  );
}
