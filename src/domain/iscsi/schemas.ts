// The iscsi domain's zod schemas: its entity as a lab file holds it (CHAP secrets sealed) and its
// commands, for the command log. Loaded on first use (../descriptor.ts says why).
import { z } from 'zod';
import type { DomainSchemas, Fits, Same } from '../descriptor';
import { count, list, text, timeMs } from '../limits';
import type { IscsiCommand, IscsiInitiator } from './index';

const chapSchema = z.looseObject({ name: text, secret: text, mutualSecret: text.nullable() });
const portalSchema = z.looseObject({ address: text, port: z.number().int().min(1).max(65535), initiatorAddress: text.nullable(), chap: chapSchema.nullable(), server: text });
const favoriteSchema = z.looseObject({ iqn: text, multipath: z.boolean(), initiatorAddress: text, portal: text, chap: chapSchema.nullable() });
const sessionSchema = z.looseObject({ id: text, iqn: text, target: text, initiatorAddress: text, portal: text, multipath: z.boolean(), state: z.enum(['connected', 'reconnecting']), sinceMs: timeMs });
const radiusSchema = z.looseObject({ address: text, port: z.number().int().min(1).max(65535), secret: text });
export const iscsiInitiatorSchema = z.looseObject({
  id: text, host: text, serviceStarted: z.boolean(), initiatorName: text, portals: list(portalSchema), favorites: list(favoriteSchema), sessions: list(sessionSchema),
  radiusServers: list(radiusSchema), chapSecret: text.nullable(), boundVolumes: list(text),
});

const commandChap = z.strictObject({ name: z.string(), secret: z.string(), mutualSecret: z.string().optional() });
const port = count.max(65535).optional();
const commandSchemas = [
  z.strictObject({ type: z.literal('iscsiStartService'), host: z.string() }),
  z.strictObject({ type: z.literal('iscsiSetInitiatorName'), host: z.string(), name: z.string() }),
  z.strictObject({ type: z.literal('iscsiAddPortal'), host: z.string(), address: z.string(), port, initiatorAddress: z.string().optional(), chap: commandChap.optional() }),
  z.strictObject({ type: z.literal('iscsiRemovePortal'), host: z.string(), address: z.string(), port }),
  z.strictObject({
    type: z.literal('iscsiConnect'), host: z.string(), iqn: z.string(), multipath: z.boolean().optional(), favorite: z.boolean().optional(),
    initiatorAddress: z.string().optional(), portalAddress: z.string().optional(), chap: commandChap.optional(),
  }),
  z.strictObject({ type: z.literal('iscsiDisconnect'), host: z.string(), iqn: z.string() }),
  z.strictObject({ type: z.literal('iscsiQuickConnect'), host: z.string(), address: z.string() }),
  z.strictObject({ type: z.literal('iscsiAddRadiusServer'), host: z.string(), address: z.string(), port, secret: z.string() }),
  z.strictObject({ type: z.literal('iscsiRemoveRadiusServer'), host: z.string(), address: z.string(), port }),
  z.strictObject({ type: z.literal('iscsiSetChapSecret'), host: z.string(), secret: z.string() }),
  z.strictObject({ type: z.literal('iscsiAutoConfigure'), host: z.string() }),
  z.strictObject({ type: z.literal('iscsiBindVolume'), host: z.string(), path: z.string() }),
  z.strictObject({ type: z.literal('iscsiUnbindVolume'), host: z.string(), path: z.string() }),
  z.strictObject({ type: z.literal('iscsiClearBoundVolumes'), host: z.string() }),
] as const;

/** What the descriptor loads on first use. */
export const iscsiSchemas = { entitySchemas: { iscsiInitiators: iscsiInitiatorSchema }, commandSchemas: commandSchemas } satisfies DomainSchemas;

// The schemas and the types describe the same commands and entity.
const commandsAgree: Same<z.output<(typeof commandSchemas)[number]>, IscsiCommand> = true;
const entityFits: Fits<z.output<typeof iscsiInitiatorSchema>, IscsiInitiator> = true;
void commandsAgree;
void entityFits;
