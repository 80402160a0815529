// Node tests get an IndexedDB of their own so the host's persistence runs for real.
import 'fake-indexeddb/auto';

// findBy… and waitFor give up after 1 s by default: on a loaded 2-core machine a state update can
// take longer than that to be drawn. 10 s only lengthens a failing wait; a passing one returns as
// soon as the element is there. (@testing-library/dom is imported only in the DOM test files'
// environment, which is jsdom; in node files it is harmless.)
import { configure } from '@testing-library/dom';
configure({ asyncUtilTimeout: 10_000 });
