// The wizards' action labels, apart from the rest of labels.ts: the actions are on the first
// screen, the wizards' words load with the wizards.
export const FCM_WIZARD_ACTIONS = {
  validate: 'Validate a Configuration…',
  create: 'Create a Cluster…',
  quorum: 'Configure Cluster Quorum Settings…',
  reports: 'View Validation Report',
  /** The seed document's step 1 (the Actions pane's link on Services and applications). */
  configureRole: 'Configure a Service or Application…',
} as const;
