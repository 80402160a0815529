// Component tests of console views: the views drawn at a URL inside the shell's context (no API,
// no actions), as the console's routes would draw them. `routes` maps route paths to elements.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ShellProvider } from '../shell-context';

export function renderRoutes(path: string, routes: Record<string, ReactElement>) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ShellProvider api={null} actions={[]} node={null}>
        <Routes>
          {Object.entries(routes).map(([routePath, element]) => (
            <Route key={routePath} path={routePath} element={element} />
          ))}
        </Routes>
      </ShellProvider>
    </MemoryRouter>,
  );
}
