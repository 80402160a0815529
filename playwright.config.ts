import { defineConfig, devices } from '@playwright/test';

// CHROMIUM_PATH is set by scripts/run-e2e.mjs (Debian's Chromium here); without it Playwright uses its own.
const executablePath = process.env.CHROMIUM_PATH || undefined;
const useDevServer = process.env.E2E_DEV === '1';
/** `npm test` builds dist/ while the type check and lint run, and says so here (scripts/test.mjs). */
const prebuilt = process.env.E2E_PREBUILT === '1';
// E2E_PORT lets several work trees run their browser tests side by side.
const port = Number(process.env.E2E_PORT) || (useDevServer ? 5173 : 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // One worker always: the specs share one lab per page and a 2-core machine, and under load two
  // workers starve each other into timeouts. The budget is time on one worker (README).
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // No trace by default: recording one (DOM snapshots at every action, screencast) costs every
    // test time whether it passes or not, and the suite must fit its budget on one worker. To see
    // a failure step by step, run that spec again with `--trace retain-on-failure` (or `on`).
    trace: 'off',
    // An action that cannot happen fails at once with its locator, not at the test's timeout.
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: useDevServer
      ? `npx vite --port ${port} --strictPort`
      : `${prebuilt ? '' : 'npx vite build && '}npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
