#!/usr/bin/env node
// `npm run db:deploy`: apply the committed migrations to DATABASE_URL — SQLite through
// `prisma migrate deploy`, PostgreSQL through scripts/pg-migrate.mjs (never Prisma's deploy there:
// it fails through adapter-pg 6.19 and would keep its own bookkeeping). `npm start` does the same.
import { baseEnv, migrate } from "./prepare.mjs";

migrate(baseEnv());
