// Copied from the project toolchain notes (TOOLCHAIN.md, PostgreSQL): used only by the Prisma CLI
// (prisma.config.ts) for `db pull` against PostgreSQL; the app and the migration runner do not need it.
// Workaround for @prisma/adapter-pg@6.x: its fieldToColumnType() rejects the Postgres catalog types
// `name` (oid 19) and `"char"` (oid 18) that the JS schema engine reads during migrate deploy / db pull
// ("Column type 'name' could not be deserialized"). Report those columns as `text` (oid 25).
import pg from "pg";

const REMAP: Record<number, number> = { 18: 25, 19: 25 };
function fix<T>(res: T): T {
  for (const f of (res as { fields?: { dataTypeID: number }[] })?.fields ?? []) {
    const to = REMAP[f.dataTypeID];
    if (to) f.dataTypeID = to;
  }
  return res;
}
function patchClient(client: pg.PoolClient & { __catalogSafe?: boolean }) {
  if (client.__catalogSafe) return;
  const q = client.query.bind(client) as (...a: unknown[]) => unknown;
  // promise form gets fixed; callback form (returns undefined) passes through untouched
  (client as { query: unknown }).query = (...a: unknown[]) => {
    const r = q(...a);
    return r instanceof Promise ? r.then(fix) : r;
  };
  client.__catalogSafe = true;
}

export class CatalogSafePool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on("connect", patchClient); // clients from pool.connect() (transactions, migrations)
  }
  // pool.query() calls client.query(..., callback) internally, so fix its promise result here too.
  override query(...args: unknown[]): any {
    const r = (super.query as (...a: unknown[]) => unknown).apply(this, args);
    return r instanceof Promise ? r.then(fix) : r;
  }
}
