// The migration picture, loaded when a page first shows a migration (not with a console's first screen).
import { lazyNamed } from '../lazy-named';

export const LazyMigrationPicture = lazyNamed(() => import('./migration-picture'), 'MigrationPicture');
