// React.lazy for a named export: the component's code (a dialog, a wizard and its form fields)
// loads when it is first rendered, not with the console's first screen. Render it under a
// Suspense boundary (the shell's dialog slot has one).
import { lazy, type ComponentType } from 'react';

export function lazyNamed<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  // Typed as the export itself, so a generic component (WizardFrame<V, C>) keeps its signature.
  return lazy(async () => ({ default: (await load())[name] as ComponentType<object> })) as unknown as Module[Name];
}
