// The lab's REST server: every route of src/api/routes.ts, answered by the host.
import type { RequestHandler } from 'msw';
import type { LabHostApi } from '../../src/host/types';
import { clockHandlers } from './clock';
import { clusterRoleHandlers } from './cluster-roles';
import { clusterHandlers } from './clusters';
import { diskHandlers } from './disks';
import { eventHandlers } from './events';
import { hostFeatureHandlers } from './host-features';
import { hostRatingHandlers } from './host-ratings';
import { hostHandlers } from './hosts';
import { iscsiHandlers } from './iscsi';
import { jobHandlers } from './jobs';
import { labHandlers } from './lab';
import { migrationHandlers } from './migrations';
import { networkHandlers } from './networks';
import { powershellHandlers } from './powershell';
import { reservationHandlers } from './reservations';
import { starwindDeviceHandlers } from './starwind-devices';
import { starwindReplicaHandlers } from './starwind-replicas';
import { starwindServerHandlers } from './starwind-servers';
import { validationHandlers } from './validations';
import { vmHandlers } from './vms';

export function createHandlers(host: LabHostApi): RequestHandler[] {
  return [
    ...labHandlers(host),
    ...clockHandlers(host),
    ...eventHandlers(host),
    ...hostHandlers(host),
    ...hostFeatureHandlers(host),
    ...iscsiHandlers(host),
    ...diskHandlers(host),
    ...reservationHandlers(host),
    ...networkHandlers(host),
    ...jobHandlers(host),
    ...validationHandlers(host),
    ...clusterHandlers(host),
    ...clusterRoleHandlers(host),
    ...hostRatingHandlers(host),
    ...vmHandlers(host),
    ...migrationHandlers(host),
    ...powershellHandlers(host),
    ...starwindServerHandlers(host),
    ...starwindDeviceHandlers(host),
    ...starwindReplicaHandlers(host),
  ];
}
