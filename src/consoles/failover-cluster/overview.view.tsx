// The snap-in's first page (Failover Cluster Manager node): Overview, the clusters this console
// manages, and Management with the links that start Validate a Configuration, Create Cluster and
// Manage a Cluster (the same actions as the Actions pane, run by their ids).
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Button as AriaButton } from 'react-aria-components';
import { useLabMirror } from '../../stores/lab-mirror';
import { useShell } from '../../shell/shell-context';
import { MANAGE_ACTION_ID } from './manage.action';
import { OVERVIEW } from './labels';
import { sortedClusters } from './model';
import { clusterHref, FCM_ACTION_IDS } from './paths';
import { PageHeading } from '../../ui/page-heading';

const LINKS = [
  { id: FCM_ACTION_IDS.validate, label: OVERVIEW.validate },
  { id: FCM_ACTION_IDS.create, label: OVERVIEW.create },
  { id: MANAGE_ACTION_ID, label: OVERVIEW.manage },
] as const;

function ActionLink({ id, label }: { id: string; label: string }) {
  const shell = useShell();
  const action = shell.actions.find((candidate) => candidate.id === id);
  const ready = action !== undefined && (action.needsLab === false || shell.api !== null);
  return (
    <AriaButton
      onPress={() => action && shell.run(action)}
      isDisabled={!ready}
      className="w-fit text-left text-sm text-accent underline-offset-2 outline-none disabled:text-muted data-[hovered]:underline data-[focus-visible]:outline-2 data-[focus-visible]:outline-focus"
    >
      {label}
    </AriaButton>
  );
}

export default function FcmOverviewView() {
  const clusters = useLabMirror((state) => state.clusters);
  const list = useMemo(() => sortedClusters(clusters), [clusters]);
  return (
    <section aria-label={OVERVIEW.heading} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={OVERVIEW.heading}>{OVERVIEW.intro}</PageHeading>
      <section aria-labelledby="fcm-overview" className="flex flex-col gap-1">
        <h3 id="fcm-overview" className="font-semibold">
          {OVERVIEW.overviewTitle}
        </h3>
        <p className="max-w-[72ch] text-sm">{OVERVIEW.overview}</p>
      </section>
      <section aria-labelledby="fcm-clusters" className="flex flex-col gap-1">
        <h3 id="fcm-clusters" className="font-semibold">
          {OVERVIEW.clustersTitle}
        </h3>
        {list.length === 0 ? (
          <p className="text-sm text-muted">{OVERVIEW.noClusters}</p>
        ) : (
          <ul className="flex flex-col gap-0.5 text-sm">
            {list.map((cluster) => (
              <li key={cluster.id}>
                <Link to={clusterHref(cluster.name)} className="text-accent hover:underline">
                  {cluster.fqdn}
                </Link>{' '}
                <span className="text-muted">({cluster.state})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="fcm-management" className="flex flex-col gap-1">
        <h3 id="fcm-management" className="font-semibold">
          {OVERVIEW.managementTitle}
        </h3>
        <p className="max-w-[72ch] text-sm">{OVERVIEW.management}</p>
        <div className="flex flex-col gap-1 pl-2">
          {LINKS.map((link) => (
            <ActionLink key={link.id} id={link.id} label={link.label} />
          ))}
        </div>
      </section>
    </section>
  );
}
