import { createElement, lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ROOT_HREF, Shell } from '../shell/shell';
import { useUiStore } from '../stores/ui';
import { CONSOLES } from './consoles';
import { GETTING_STARTED_HREF } from './getting-started-paths';
import { labActions } from './lab-actions';
import { KeptAsideNotice } from './kept-aside-notice';
import { OwnershipOverlay } from './ownership-overlay';
import { SeedStepsSide } from './seed-steps.pane';
import { useSession, type SessionPhase } from './session';

const LabOverview = lazy(() => import('../shell/lab-overview.view'));
const GettingStarted = lazy(() => import('./getting-started.view'));

/** `/`: Getting Started until the user dismisses it, then the Servers list. */
function FirstScreen() {
  const dismissed = useUiStore((state) => state.gettingStartedDismissed);
  return <Navigate to={dismissed ? '/servers' : GETTING_STARTED_HREF} replace />;
}

const STATUS_TEXT: Record<SessionPhase, string> = {
  starting: 'Starting the lab…',
  ready: 'Ready',
  'other-tab': 'The lab is open in another tab',
  moved: 'The lab moved to another tab',
  failed: 'The lab failed to start',
};

function Frame() {
  const { phase, api, transport, error } = useSession();
  const statusText = phase === 'ready' && transport === 'fallback' ? 'Ready (in-page transport)' : phase === 'failed' && error ? `${STATUS_TEXT.failed}: ${error}` : STATUS_TEXT[phase];
  return <Shell consoles={CONSOLES} globalActions={labActions} api={phase === 'ready' ? api : null} statusText={statusText} sidePane={<SeedStepsSide />} overlay={
        <>
          <OwnershipOverlay phase={phase} />
          <KeptAsideNotice />
        </>
      } />;
}

function NotFound() {
  return <p className="p-4 text-sm text-muted">There is nothing at this address. Select a node in the console tree.</p>;
}

const router = createBrowserRouter([
  {
    path: '/',
    element: createElement(Frame),
    children: [
      { index: true, element: <FirstScreen /> },
      { path: ROOT_HREF.slice(1), element: <LabOverview /> },
      { path: GETTING_STARTED_HREF.slice(1), element: <GettingStarted /> },
      ...CONSOLES.flatMap((entry) => entry.routes),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
