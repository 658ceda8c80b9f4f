import { z } from "zod";

// The environment, read once and validated. Defaults make `npm start` work on a fresh clone.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .min(1)
    .default("file:./data/ntm.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must be a SQLite file: URL or a postgres:// URL",
    }),
  UPLOAD_DIR: z.string().min(1).default("./data/uploads"),
  /** Largest evidence file accepted, in bytes (10 MB by default, at most 100 MB). */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${issues}`);
    }
    cached = parsed.data;
  }
  return cached;
}
