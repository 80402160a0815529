// Virtual Machine Manager's own node: how many machines on how many hosts, the jobs running and
// queued, and where to go (All Hosts, Jobs).
import { useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../ui/page-heading';
import { useLabMirror } from '../../stores/lab-mirror';
import { OVERVIEW } from './labels';
import { hostGroups } from './model';
import { VMM_ALL_HOSTS_HREF, VMM_JOBS_HREF } from './paths';
import { useVmmSource } from './use-vmm';

export default function VmmOverviewView() {
  const source = useVmmSource();
  const vms = useLabMirror((state) => Object.keys(state.virtualMachines).length);
  const migrations = useLabMirror((state) => state.migrations);
  const hosts = useMemo(() => {
    const groups = hostGroups(source);
    return groups.clusters.reduce((sum, group) => sum + group.hosts.length, groups.standalone.length);
  }, [source]);
  const jobs = Object.values(migrations);
  const running = jobs.filter((job) => job.state === 'Running').length;
  const queued = jobs.filter((job) => job.state === 'Queued').length;
  return (
    <section aria-label={OVERVIEW.heading} className="flex flex-col gap-4 overflow-auto p-4">
      <PageHeading title={OVERVIEW.heading}>{OVERVIEW.intro}</PageHeading>
      <section aria-labelledby="vmm-vms" className="flex flex-col gap-1 text-sm">
        <h3 id="vmm-vms" className="font-semibold">
          <Link to={VMM_ALL_HOSTS_HREF} className="text-accent hover:underline">
            {OVERVIEW.vmsTitle}
          </Link>
        </h3>
        <p>{OVERVIEW.vmsLine(vms, hosts)}</p>
        <p className="max-w-[72ch]">{OVERVIEW.howToMigrate}</p>
      </section>
      <section aria-labelledby="vmm-jobs" className="flex flex-col gap-1 text-sm">
        <h3 id="vmm-jobs" className="font-semibold">
          <Link to={VMM_JOBS_HREF} className="text-accent hover:underline">
            {OVERVIEW.jobsTitle}
          </Link>
        </h3>
        <p>{OVERVIEW.jobsLine(running, queued)}</p>
      </section>
    </section>
  );
}
