// The page's entry: render the shell at once, start the lab in the background.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { installHaLabGlobal } from './ha-lab-global';
import { startSession } from './session';
import './styles.css';

installHaLabGlobal();
startSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
