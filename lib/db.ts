// The one Prisma client of the app process. Only lib/server services, the seed and tests import
// this module; pages and actions go through the services.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** A transaction waits up to 10 s for a pooled connection (Prisma's default is 2 s): under a burst,
 * such as a whole panel submitting at the end of a session, writes queue instead of failing. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }), transactionOptions: { maxWait: 10_000 } });
}

const globalForDb = globalThis as unknown as { seleksiDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.seleksiDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForDb.seleksiDb = createPrismaClient(url);
  }
  return globalForDb.seleksiDb;
}

/** Created on first use, so that importing this module (e.g. during `next build`) needs no
 * database, and one client survives hot reloads in development. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
