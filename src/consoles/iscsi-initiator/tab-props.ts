import type { ApiClient } from '../../api/client';
import type { InitiatorState } from './use-initiator';

export interface TabProps {
  api: ApiClient;
  host: string;
  state: InitiatorState;
}
