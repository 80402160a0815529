import { useEffect, useSyncExternalStore } from 'react';
import { resolveTheme, useUiStore } from '../stores/ui';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Puts .dark on <html> when the chosen (or system) theme is dark. */
export function useApplyTheme(): 'light' | 'dark' {
  const theme = useUiStore((state) => state.theme);
  const prefersDark = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
  const resolved = resolveTheme(theme, prefersDark);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', resolved === 'dark');
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
