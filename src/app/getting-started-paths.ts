// Where Getting Started lives: under the "HA Lab" root node (/lab), so the tree selects the root.
export const GETTING_STARTED_HREF = '/lab/getting-started';
