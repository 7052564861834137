// The one Prisma client of the app process. Only lib/server services, the seed and tests import
// this module; pages and actions go through the services.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/** Runs a transaction's statements one at a time. A transaction holds one pg connection, and
 * Prisma's query interpreter loads sibling relations of one query (e.g. `select` of two relation
 * lists) with Promise.all, so inside `$transaction` it sends a second statement before the first
 * returns. pg 8.19+ queues that with a DeprecationWarning and pg 9 throws (prisma/orm#29407,
 * upstream fix still open in prisma/orm#29979). Chaining here keeps pg's order (first sent, first
 * run) and its speed (one connection runs one statement at a time anyway). Pool queries outside a
 * transaction stay parallel: each takes its own connection. */
function oneStatementAtATime(tx: PgTransaction): PgTransaction {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run);
    tail = result.catch(() => undefined);
    return result;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => inTurn(() => queryRaw(query));
  tx.executeRaw = (query) => inTurn(() => executeRaw(query));
  return tx;
}

class SerialTransactionsPg extends PrismaPg {
  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneStatementAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

/** A transaction waits up to 10 s for a pooled connection (Prisma's default is 2 s): under a burst,
 * such as a whole panel submitting at the end of a session, writes queue instead of failing. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new SerialTransactionsPg({ connectionString }), transactionOptions: { maxWait: 10_000 } });
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
