import { z } from "zod";

// Shape of a criteria-set reference file (prisma/reference/ntm-criteria-*.json). The three
// national sets share it, so one importer loads all of them: a new set is new data, not code.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

const targetSchema = z
  .object({
    op: z.enum(["==", ">=", "<="]),
    value: z.union([z.number().finite(), z.string().min(1), z.null()]),
    cleanWaterMin: z.number().finite().nullable().optional(),
    unit: z.string().nullable().optional(),
    confidence: z.string().optional(),
    sources: z.array(z.string()).optional(),
    note: z.string().optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .loose();

export type ReferenceTarget = z.infer<typeof targetSchema>;

const indicatorSchema = z
  .object({
    code: z.string().regex(/^\d+(\.\d+)?$/, "expected an indicator code such as 9.1 or 10"),
    content: z.string().min(1),
    contentEn: z.string().optional(),
    kind: z.string().min(1),
    unit: z.string().nullable().optional(),
    targets: z.record(z.string(), targetSchema.nullable()).default({}),
    unverified: z.boolean().optional(),
    contentVerified: z.boolean().optional(),
    notes: z.string().optional(),
  })
  .loose();

const criterionSchema = z
  .object({
    number: z.number().int().min(1).max(99),
    group: z.string().nullable().optional(),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    indicators: z.array(indicatorSchema),
    indicatorsComplete: z.boolean().optional(),
    notes: z.string().optional(),
  })
  .loose();

const areaSchema = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    definition: z.string().optional(),
  })
  .loose();

export const referenceFileSchema = z
  .object({
    schemaVersion: z.literal("1.0"),
    criteriaSet: z
      .object({
        code: z.string().regex(/^[A-Z0-9-]+$/, "expected a set code such as QD1980-2016"),
        name: z.string().min(1),
        nameEn: z.string().optional(),
        period: z.string().optional(),
        legalBasis: z.string().optional(),
        issued: isoDate.optional(),
        effectiveFrom: isoDate.optional(),
        criteriaCount: z.number().int().positive().optional(),
        indicatorCount: z.number().int().positive().optional(),
        groups: z
          .array(
            z.object({
              code: z.string().min(1),
              name: z.string().min(1),
              nameEn: z.string().optional(),
              criteria: z.array(z.number().int()),
            }),
          )
          .default([]),
      })
      .loose(),
    regions: z.array(areaSchema).min(1),
    criteria: z.array(criterionSchema).min(1),
    sources: z.record(z.string(), z.unknown()).optional(),
  })
  .loose()
  .superRefine((file, ctx) => {
    const numbers = new Set<number>();
    file.criteria.forEach((c, ci) => {
      if (numbers.has(c.number)) {
        ctx.addIssue({ code: "custom", path: ["criteria", ci, "number"], message: `duplicate criterion ${c.number}` });
      }
      numbers.add(c.number);
      const codes = new Set<string>();
      c.indicators.forEach((ind, ii) => {
        if (codes.has(ind.code)) {
          ctx.addIssue({ code: "custom", path: ["criteria", ci, "indicators", ii, "code"], message: `duplicate indicator ${ind.code}` });
        }
        codes.add(ind.code);
        const prefix = ind.code.split(".")[0];
        if (prefix !== String(c.number)) {
          ctx.addIssue({
            code: "custom",
            path: ["criteria", ci, "indicators", ii, "code"],
            message: `indicator ${ind.code} does not belong to criterion ${c.number}`,
          });
        }
      });
    });
    const areaCodes = new Set(file.regions.map((r) => r.code));
    file.criteria.forEach((c, ci) =>
      c.indicators.forEach((ind, ii) =>
        Object.keys(ind.targets).forEach((area) => {
          if (area !== "default" && !areaCodes.has(area)) {
            ctx.addIssue({
              code: "custom",
              path: ["criteria", ci, "indicators", ii, "targets", area],
              message: `unknown region or commune group "${area}"`,
            });
          }
        }),
      ),
    );
    file.criteriaSet.groups.forEach((g, gi) =>
      g.criteria.forEach((n, ni) => {
        if (!numbers.has(n)) {
          ctx.addIssue({ code: "custom", path: ["criteriaSet", "groups", gi, "criteria", ni], message: `group ${g.code} names unknown criterion ${n}` });
        }
      }),
    );
  });

export type ReferenceFile = z.infer<typeof referenceFileSchema>;

/** Years that apply to particular targets, with the basis for each (prisma/reference/target-years.json). */
export const targetYearsSchema = z.array(
  z.object({
    set: z.string().min(1),
    indicator: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    basis: z.string().min(1),
  }),
);

/** Formats zod issues as "file: path.to.field: problem" lines. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((i) => `${file}: ${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("\n");
}
