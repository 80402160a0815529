// Getting Started: the first screen at `/` until dismissed, and Help → Getting Started. It says
// what the lab is, what the seed document builds and where to begin, and lists the document's
// steps (seed-steps.ts) with links to the consoles that do them.
import { useNavigate } from 'react-router';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/fields';
import { useUiStore } from '../stores/ui';
import { SeedStepLinkView } from './seed-step-link';
import { SEED_DOCUMENT } from './seed-steps';
import { SeedStepsList } from './seed-steps-list';

const GETTING_STARTED_TITLE = 'Getting Started';

export default function GettingStartedView() {
  const navigate = useNavigate();
  const dismissed = useUiStore((state) => state.gettingStartedDismissed);
  const setDismissed = useUiStore((state) => state.setGettingStartedDismissed);
  const stepsVisible = useUiStore((state) => state.seedStepsVisible);
  const setStepsVisible = useUiStore((state) => state.setSeedStepsVisible);

  return (
    <article aria-labelledby="getting-started-title" className="flex min-h-0 flex-1 flex-col overflow-auto" data-testid="getting-started">
      <div className="flex max-w-3xl flex-col gap-4 p-4">
        <header className="flex flex-col gap-1">
          <h2 id="getting-started-title" className="text-lg font-semibold">
            {GETTING_STARTED_TITLE}
          </h2>
          <p>
            HA Lab is a practice datacenter in your browser: five simulated Windows Server 2008 R2 machines in the SWS.com domain (the domain controller SWS-DC, the storage
            servers SWS-Store1 and SWS-Store2, the cluster nodes Demo1 and Demo2) on a public, a private and an iSCSI network, with the consoles an administrator would use on
            them. Nothing here reaches a real machine: servers, disks, cables and time are simulated, and you can break them at will.
          </p>
        </header>

        <section aria-labelledby="getting-started-seed" className="flex flex-col gap-1">
          <h3 id="getting-started-seed" className="font-semibold">
            The seed document
          </h3>
          <p>
            The lab follows <cite>{SEED_DOCUMENT.title}</cite>, by {SEED_DOCUMENT.author} ({SEED_DOCUMENT.publisher}). The paper builds a two-node Hyper-V failover cluster
            whose shared disks are StarWind High Availability devices, mirrored block by block between the two storage servers: first the mirrored storage, then the iSCSI
            connections and multipathing on the nodes, then the cluster and a virtual machine that survives the loss of a node or of a storage server.
          </p>
        </section>

        <section aria-labelledby="getting-started-begin" className="flex flex-col gap-2 rounded-[3px] border border-line bg-panel p-3">
          <h3 id="getting-started-begin" className="font-semibold">
            Where to begin
          </h3>
          <p>
            Select <strong>StarWind Management Console</strong> in the console tree and choose <strong>Add Server</strong> in the Actions pane, once for SWS-Store1 and once for
            SWS-Store2: <SeedStepLinkView link={{ href: '/starwind', action: 'starwind.add-server', label: 'open StarWind Management Console → Add Server' }} />.
          </p>
          <p className="text-muted">
            The lab clock in the status bar runs simulated time: pause it, step it to the next event, or run it up to 1000× so that a synchronization of several minutes ends
            in a moment.
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="primary" onPress={() => setStepsVisible(!stepsVisible)} aria-pressed={stepsVisible}>
              {stepsVisible ? 'Hide the steps beside the console' : 'Show the steps beside the console'}
            </Button>
            <Button
              onPress={() => {
                setDismissed(true);
                void navigate('/servers');
              }}
            >
              Dismiss
            </Button>
            <Checkbox name="showGettingStarted" isSelected={!dismissed} onChange={(show) => setDismissed(!show)}>
              Show this page when the console opens
            </Checkbox>
          </div>
          <p className="text-xs text-muted">Dismissed, it stays under Help → Getting Started.</p>
        </section>

        <section aria-labelledby="getting-started-steps" className="flex flex-col gap-2">
          <h3 id="getting-started-steps" className="font-semibold">
            The steps of the document
          </h3>
          <p className="text-muted">
            Each step that a console of the lab can do links to it; the others name the Windows tool the document uses, which the lab does not have yet.
          </p>
          <SeedStepsList />
        </section>
      </div>
    </article>
  );
}
