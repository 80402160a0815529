// Hyper-V Manager's own node: the servers it manages (every server whose Hyper-V role is in
// effect), the ones waiting for a restart, and how to add one (Server Manager → Add Roles → Hyper-V).
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading';
import { useLabMirror } from '../../stores/lab-mirror';
import { OVERVIEW } from './labels';
import { hypervHosts, pendingHypervHosts } from './model';
import { hypervServerHref } from './paths';

export default function HyperVOverviewView() {
  const hosts = useLabMirror((state) => state.hosts);
  const serverFeatures = useLabMirror((state) => state.serverFeatures);
  const servers = useMemo(() => hypervHosts({ hosts, serverFeatures }), [hosts, serverFeatures]);
  const pending = useMemo(() => pendingHypervHosts({ hosts, serverFeatures }), [hosts, serverFeatures]);
  return (
    <section aria-label={OVERVIEW.heading} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={OVERVIEW.heading}>{OVERVIEW.intro}</PageHeading>
      <section aria-labelledby="hyperv-servers" className="flex flex-col gap-1">
        <h3 id="hyperv-servers" className="font-semibold">
          {OVERVIEW.serversTitle}
        </h3>
        {servers.length === 0 ? (
          <p className="text-sm text-muted">{OVERVIEW.noServers}</p>
        ) : (
          <ul className="flex flex-col gap-0.5 text-sm">
            {servers.map((host) => (
              <li key={host.id}>
                <Link to={hypervServerHref(host.name)} className="text-accent hover:underline">
                  {host.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {pending.map((host) => (
          <p key={host.id} className="text-sm text-muted">
            {OVERVIEW.pending(host.name)}
          </p>
        ))}
        <p className="max-w-[72ch] text-sm">{OVERVIEW.howToAdd}</p>
        <p className="max-w-[72ch] text-sm text-muted">{OVERVIEW.suitable}</p>
      </section>
    </section>
  );
}
