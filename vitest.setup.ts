// Node tests get an IndexedDB of their own so the host's persistence runs for real.
import 'fake-indexeddb/auto';
