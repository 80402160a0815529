// The network domain's run-time vocabulary, apart from its zod schemas (../descriptor.ts says why).

export const HOST_ROLES = ['domain-controller', 'storage', 'cluster-node'] as const;
