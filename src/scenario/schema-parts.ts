/**
 * The building blocks every scenario schema file shares (schema.ts, schema-network.ts, schema-compute.ts,
 * schema-scaling.ts). `jitless` keeps zod working under a Content-Security-Policy without `unsafe-eval`; it is set
 * here, before any schema is built.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export const str = z.string();
export const bool = z.boolean();
export const num = z.number();
export const int = z.int();
export const opt = <T extends z.ZodMiniType>(t: T) => z.optional(t);
export const strs = z.array(str);

const tag = z.looseObject({ Key: str, Value: str });
/** What every resource has: its owner account, its Region and its tags. */
export const owned = { ownerId: str, region: str, tags: z.array(tag) };
/** A state reason (`Code`, `Message`). */
export const reason = z.looseObject({ Code: str, Message: str });
