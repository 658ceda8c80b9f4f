import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { FIGURE_METRICS, STATUSES, VIEWS } from "@/lib/domain/types";

// Shape of a demo/document data file (prisma/demo/*.json): the facts one document states about
// a province's units, kept as stated. Validated before anything is written.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");
const unitCode = z.string().regex(/^\d{2,5}$/, "expected a GSO code of 2 to 5 digits");
const status = z.enum(STATUSES);

const criterionEntry = z.object({ status, note: z.string().optional() }).strict();
const indicatorEntry = z
  .object({
    valueNumber: z.number().finite().optional(),
    denominator: z.number().finite().positive().optional(),
    valueBool: z.boolean().optional(),
    secondaryValue: z.number().finite().optional(),
    referenceYear: z.number().int().min(2000).max(2100).optional(),
    status: status.optional(),
    overrideReason: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((v) => v.denominator === undefined || v.valueNumber !== undefined, {
    message: "a denominator needs a valueNumber (numerator)",
  });

export const demoFileSchema = z
  .object({
    schemaVersion: z.literal("1.0"),
    name: z.string().min(1),
    description: z.string().min(1),
    criteriaSet: z.string().min(1),
    documents: z
      .array(
        z
          .object({
            key: z.string().min(1),
            kind: z.enum(["decision", "plan", "report", "resolution", "official_letter", "other"]),
            number: z.string().min(1).nullable(),
            issuedOn: isoDate.nullable(),
            issuedOnText: z.string().optional(),
            issuer: z.string().min(1),
            title: z.string().min(1),
            note: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    province: z.object({ code: unitCode, name: z.string().min(1), region: z.string().min(1) }).strict(),
    district: z
      .object({ code: unitCode, name: z.string().min(1), validFrom: isoDate.optional(), validTo: isoDate.optional() })
      .strict(),
    units: z
      .array(
        z
          .object({
            code: unitCode,
            kind: z.enum(["commune", "township", "ward"]),
            name: z.string().min(1),
            validFrom: isoDate.optional(),
            validTo: isoDate.optional(),
            aliases: z.array(z.string().min(1)).optional(),
            formerCodes: z.array(unitCode).optional(),
            villageCount: z.number().int().positive().optional(),
            targetYear: z.number().int().min(2000).max(2100).optional(),
            especiallyDisadvantaged: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    departments: z.array(
      z
        .object({
          code: z.string().regex(/^[A-Z]+$/, "expected an upper-case key such as GTVT"),
          name: z.string().min(1),
          shortName: z.string().min(1),
          kind: z.enum(["department", "agency", "office"]),
        })
        .strict(),
    ),
    assignments: z.array(
      z
        .object({
          criterion: z.number().int().positive(),
          indicator: z.string().optional(),
          department: z.string().min(1),
          role: z.enum(["lead", "supporting"]),
          document: z.string().min(1),
        })
        .strict(),
    ),
    inspection: z
      .object({
        title: z.string().min(1),
        inspectedOn: isoDate,
        leadName: z.string().min(1),
        leadTitle: z.string().min(1),
        leadDepartment: z.string().min(1),
        basis: z.array(z.string().min(1)),
        report: z.string().min(1),
        members: z.array(
          z
            .object({
              department: z.string().min(1),
              role: z.enum(["member", "coordinating"]),
              representative: z.string().optional(),
            })
            .strict(),
        ),
        unitsVisited: z.array(unitCode),
        strengths: z.string().min(1),
        shortcomings: z.string().min(1),
      })
      .strict(),
    assessments: z.array(
      z
        .object({
          commune: unitCode,
          view: z.enum(VIEWS),
          effectiveAt: isoDate,
          document: z.string().min(1),
          section: z.string().min(1),
          actorName: z.string().min(1),
          allOthers: status,
          criteria: z.record(z.string().regex(/^\d+$/, "expected a criterion number"), criterionEntry),
          indicators: z.record(z.string().regex(/^\d+(\.\d+)?$/, "expected an indicator code"), indicatorEntry).optional(),
        })
        .strict(),
    ),
    figures: z.array(
      z
        .object({
          unit: unitCode,
          metric: z.enum(FIGURE_METRICS),
          param: z.number().optional(),
          value: z.number().finite().nonnegative(),
          section: z.string().min(1),
          quote: z.string().min(1),
          document: z.string().default("report"),
          asOf: isoDate.optional(),
        })
        .strict(),
    ),
    recommendations: z.array(
      z
        .object({
          section: z.string().min(1),
          addressee: z.union([
            z.object({ unit: unitCode }).strict(),
            z.object({ department: z.string().min(1) }).strict(),
            z.object({ text: z.string().min(1) }).strict(),
          ]),
          commune: unitCode.optional(),
          criterion: z.number().int().positive().optional(),
          indicator: z.string().optional(),
          text: z.string().min(1),
          dueText: z.string().min(1).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type DemoFile = z.infer<typeof demoFileSchema>;

/** Demo accounts (prisma/demo-accounts/*.json): one per role, created only with their demo data. */
export const demoAccountsFileSchema = z
  .object({
    schemaVersion: z.literal("1.0"),
    description: z.string().min(1),
    forDemo: z.string().min(1),
    password: z.string().min(6),
    users: z
      .array(
        z
          .object({
            username: z.string().regex(/^[a-z0-9._-]{3,40}$/, "expected 3–40 lower-case letters, digits, dot, dash or underscore"),
            displayName: z.string().min(1),
            role: z.enum(ROLES),
            unit: unitCode.optional(),
            department: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
