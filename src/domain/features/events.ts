// What installing and removing roles and features writes to the System log.
//
// The lab's own (UNVERIFIED: domain-facts gives no Server Manager event ids; 2008 R2 writes its
// own to the Microsoft-Windows-ServerManager channels, not captured): source "Server Manager",
// ids 1601–1605, one event per role or feature. The one sourced-by-practice event is the Service
// Control Manager's 7036 ("The <service> service entered the running state."), written when
// Hyper-V takes effect at boot (its Virtual Machine Management service starts); its id and
// wording are the well-known 2008 R2 ones, still UNVERIFIED against domain-facts.

export const SERVER_MANAGER_SOURCE = 'Server Manager';
export const SERVICE_CONTROL_MANAGER_SOURCE = 'Service Control Manager';

export const FEATURE_INSTALLED_ID = 1601;
export const FEATURE_INSTALL_PENDING_ID = 1602;
export const FEATURE_REMOVED_ID = 1603;
export const FEATURE_REMOVE_PENDING_ID = 1604;
export const FEATURE_CONFIGURED_AT_BOOT_ID = 1605;
export const SERVICE_RUNNING_ID = 7036;

export const HYPER_V_SERVICE = 'Hyper-V Virtual Machine Management';

export const featureEventMessages = {
  installed: (name: string) => `Installation succeeded: ${name}.`,
  installPending: (name: string) => `Installation succeeded: ${name}. You must restart this server to finish the installation process.`,
  removed: (name: string) => `Removal succeeded: ${name}.`,
  removePending: (name: string) => `Removal succeeded: ${name}. You must restart this server to finish the removal process.`,
  configuredAtBoot: (name: string, action: 'install' | 'remove') => `Configuration completed after restart: ${name} was ${action === 'install' ? 'installed' : 'removed'}.`,
  serviceRunning: (service: string) => `The ${service} service entered the running state.`,
} as const;

/** The Results page's and the API's restart message (Add Roles / Add Features wizards, 2008 R2). */
export const RESTART_PENDING_MESSAGE = 'Restart Pending: You must restart this server to finish the installation process.';
export const RESTART_PENDING_REMOVE_MESSAGE = 'Restart Pending: You must restart this server to finish the removal process.';
