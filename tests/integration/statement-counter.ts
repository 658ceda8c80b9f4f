import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { createSeededDatabase } from "./test-db";

/** A seeded database whose app client (the `prisma` of lib/db.ts) counts the SQL statements it
 * sends, for the query-budget tests. Call at the top level of a test file. */
export function useStatementCounter() {
  let db: Awaited<ReturnType<typeof createSeededDatabase>> | undefined;
  let client: PrismaClient | undefined;
  let statements = 0;

  beforeAll(async () => {
    db = await createSeededDatabase();
    client = createPrismaClient(db.url, { log: [{ emit: "event", level: "query" }] });
    (client as unknown as { $on(event: "query", cb: () => void): void }).$on("query", () => {
      statements++;
    });
    (globalThis as { prisma?: PrismaClient }).prisma = client;
  });
  afterAll(async () => {
    await client?.$disconnect();
    await db?.cleanup();
  });

  return {
    /** The counting client, for setting up data (its statements count too: reset before measuring). */
    client: () => client!,
    /** Runs fn and returns what it returned with the number of statements it sent. */
    async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
      statements = 0;
      const result = await fn();
      return { result, statements };
    },
  };
}
