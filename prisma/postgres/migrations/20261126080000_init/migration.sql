-- CreateTable
CREATE TABLE "AdminUnit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "parentId" INTEGER,
    "validFrom" TIMESTAMP(3),
    "validTo" TIMESTAMP(3),
    "regionCode" TEXT,
    "communeGroup" TEXT,
    "especiallyDisadvantaged" BOOLEAN NOT NULL DEFAULT false,
    "villageCount" INTEGER,
    "targetYear" INTEGER,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdminUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitAlias" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'name',
    "alias" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "source" TEXT,

    CONSTRAINT "UnitAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" SERIAL NOT NULL,
    "fromUnitId" INTEGER NOT NULL,
    "toUnitId" INTEGER NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "documentId" INTEGER,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetArea" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "definition" TEXT,

    CONSTRAINT "TargetArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaSet" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "period" TEXT,
    "legalBasis" TEXT,
    "issuedOn" TIMESTAMP(3),
    "effectiveFrom" TIMESTAMP(3),
    "effectiveTo" TIMESTAMP(3),
    "targetAreaKind" TEXT NOT NULL DEFAULT 'region',
    "declaredCriteriaCount" INTEGER,
    "declaredIndicatorCount" INTEGER,
    "sourcesJson" TEXT,
    "note" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriteriaSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionGroup" (
    "id" SERIAL NOT NULL,
    "setId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "CriterionGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" SERIAL NOT NULL,
    "setId" INTEGER NOT NULL,
    "groupId" INTEGER,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "indicatorsComplete" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "contentEn" TEXT,
    "kind" TEXT NOT NULL,
    "unit" TEXT,
    "contentVerified" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "areaCode" TEXT NOT NULL,
    "year" INTEGER,
    "provinceId" INTEGER,
    "op" TEXT NOT NULL,
    "valueNumber" DOUBLE PRECISION,
    "valueText" TEXT,
    "secondaryMin" DOUBLE PRECISION,
    "unit" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "confidence" TEXT,
    "sourcesJson" TEXT,
    "note" TEXT,
    "detailsJson" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'department',
    "provinceId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionDepartment" (
    "id" SERIAL NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "indicatorId" INTEGER,
    "departmentId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'lead',
    "documentId" INTEGER,
    "note" TEXT,

    CONSTRAINT "CriterionDepartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT,
    "issuedOn" TIMESTAMP(3),
    "issuedOnText" TEXT,
    "issuer" TEXT,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFigure" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "setId" INTEGER,
    "metric" TEXT NOT NULL,
    "param" DOUBLE PRECISION,
    "value" DOUBLE PRECISION NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "section" TEXT,
    "quote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "setId" INTEGER,
    "tier" TEXT NOT NULL DEFAULT 'ntm',
    "recognizedOn" TIMESTAMP(3) NOT NULL,
    "documentId" INTEGER,
    "revokedOn" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionAssessment" (
    "id" SERIAL NOT NULL,
    "communeId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "view" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "assessedById" INTEGER,
    "assessedByName" TEXT,
    "inspectionId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriterionAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorAssessment" (
    "id" SERIAL NOT NULL,
    "communeId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "view" TEXT NOT NULL,
    "valueNumber" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "valueBool" BOOLEAN,
    "secondaryValue" DOUBLE PRECISION,
    "referenceYear" INTEGER,
    "status" TEXT,
    "overrideReason" TEXT,
    "note" TEXT,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "assessedById" INTEGER,
    "assessedByName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentHistory" (
    "id" SERIAL NOT NULL,
    "communeId" INTEGER NOT NULL,
    "criterionId" INTEGER,
    "indicatorId" INTEGER,
    "view" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "actorId" INTEGER,
    "actorName" TEXT,
    "documentId" INTEGER,
    "inspectionId" INTEGER,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "communeId" INTEGER NOT NULL,
    "criterionId" INTEGER,
    "indicatorId" INTEGER,
    "view" TEXT NOT NULL DEFAULT 'self',
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "url" TEXT,
    "filePath" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "sizeBytes" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentSubmission" (
    "id" SERIAL NOT NULL,
    "communeId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "submittedById" INTEGER,
    "reviewedById" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AssessmentSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionItem" (
    "id" SERIAL NOT NULL,
    "submissionId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "SubmissionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "inspectedOn" TIMESTAMP(3) NOT NULL,
    "leadName" TEXT NOT NULL,
    "leadTitle" TEXT,
    "leadDepartmentId" INTEGER,
    "strengths" TEXT,
    "shortcomings" TEXT,
    "reportDocumentId" INTEGER,
    "createdById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionBasis" (
    "inspectionId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InspectionBasis_pkey" PRIMARY KEY ("inspectionId","documentId")
);

-- CreateTable
CREATE TABLE "InspectionMember" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER NOT NULL,
    "departmentId" INTEGER,
    "agencyName" TEXT,
    "role" TEXT NOT NULL DEFAULT 'member',
    "representative" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InspectionMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionUnit" (
    "inspectionId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "InspectionUnit_pkey" PRIMARY KEY ("inspectionId","unitId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER,
    "addresseeKind" TEXT NOT NULL,
    "addresseeDepartmentId" INTEGER,
    "addresseeUnitId" INTEGER,
    "addresseeText" TEXT,
    "communeId" INTEGER,
    "criterionId" INTEGER,
    "indicatorId" INTEGER,
    "text" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3),
    "dueText" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closingNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "sourceSection" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationNote" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "authorName" TEXT,
    "body" TEXT NOT NULL,
    "statusFrom" TEXT,
    "statusTo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "departmentId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "apiTokenHash" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceSetting" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProvinceSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataLoad" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataLoad_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdminUnit_code_key" ON "AdminUnit"("code");

-- CreateIndex
CREATE INDEX "AdminUnit_parentId_idx" ON "AdminUnit"("parentId");

-- CreateIndex
CREATE INDEX "AdminUnit_kind_idx" ON "AdminUnit"("kind");

-- CreateIndex
CREATE INDEX "AdminUnit_searchName_idx" ON "AdminUnit"("searchName");

-- CreateIndex
CREATE INDEX "UnitAlias_searchName_idx" ON "UnitAlias"("searchName");

-- CreateIndex
CREATE UNIQUE INDEX "UnitAlias_unitId_alias_key" ON "UnitAlias"("unitId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_fromUnitId_toUnitId_key" ON "UnitSuccession"("fromUnitId", "toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetArea_code_key" ON "TargetArea"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaSet_code_key" ON "CriteriaSet"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionGroup_setId_code_key" ON "CriterionGroup"("setId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_setId_number_key" ON "Criterion"("setId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_criterionId_code_key" ON "Indicator"("criterionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_areaCode_year_provinceId_key" ON "IndicatorTarget"("indicatorId", "areaCode", "year", "provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionDepartment_criterionId_indicatorId_departmentId_key" ON "CriterionDepartment"("criterionId", "indicatorId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_kind_number_issuedOn_key" ON "Document"("kind", "number", "issuedOn");

-- CreateIndex
CREATE INDEX "DocumentFigure_unitId_metric_asOf_idx" ON "DocumentFigure"("unitId", "metric", "asOf");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFigure_documentId_unitId_metric_param_section_key" ON "DocumentFigure"("documentId", "unitId", "metric", "param", "section");

-- CreateIndex
CREATE INDEX "CriterionAssessment_criterionId_idx" ON "CriterionAssessment"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionAssessment_communeId_criterionId_view_key" ON "CriterionAssessment"("communeId", "criterionId", "view");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorAssessment_communeId_indicatorId_view_key" ON "IndicatorAssessment"("communeId", "indicatorId", "view");

-- CreateIndex
CREATE INDEX "AssessmentHistory_communeId_effectiveAt_idx" ON "AssessmentHistory"("communeId", "effectiveAt");

-- CreateIndex
CREATE INDEX "AssessmentHistory_criterionId_effectiveAt_idx" ON "AssessmentHistory"("criterionId", "effectiveAt");

-- CreateIndex
CREATE INDEX "Recommendation_addresseeDepartmentId_status_idx" ON "Recommendation"("addresseeDepartmentId", "status");

-- CreateIndex
CREATE INDEX "Recommendation_communeId_idx" ON "Recommendation"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_apiTokenHash_key" ON "User"("apiTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceSetting_provinceId_key_key" ON "ProvinceSetting"("provinceId", "key");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "DataLoad_name_key" ON "DataLoad"("name");

-- AddForeignKey
ALTER TABLE "AdminUnit" ADD CONSTRAINT "AdminUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitAlias" ADD CONSTRAINT "UnitAlias_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionGroup" ADD CONSTRAINT "CriterionGroup_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CriterionGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionDepartment" ADD CONSTRAINT "CriterionDepartment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionDepartment" ADD CONSTRAINT "CriterionDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionDepartment" ADD CONSTRAINT "CriterionDepartment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionDepartment" ADD CONSTRAINT "CriterionDepartment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFigure" ADD CONSTRAINT "DocumentFigure_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFigure" ADD CONSTRAINT "DocumentFigure_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFigure" ADD CONSTRAINT "DocumentFigure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_setId_fkey" FOREIGN KEY ("setId") REFERENCES "CriteriaSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssessment" ADD CONSTRAINT "IndicatorAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssessment" ADD CONSTRAINT "IndicatorAssessment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorAssessment" ADD CONSTRAINT "IndicatorAssessment_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentHistory" ADD CONSTRAINT "AssessmentHistory_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSubmission" ADD CONSTRAINT "AssessmentSubmission_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSubmission" ADD CONSTRAINT "AssessmentSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSubmission" ADD CONSTRAINT "AssessmentSubmission_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionItem" ADD CONSTRAINT "SubmissionItem_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionItem" ADD CONSTRAINT "SubmissionItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AssessmentSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_reportDocumentId_fkey" FOREIGN KEY ("reportDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionBasis" ADD CONSTRAINT "InspectionBasis_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionBasis" ADD CONSTRAINT "InspectionBasis_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionMember" ADD CONSTRAINT "InspectionMember_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionMember" ADD CONSTRAINT "InspectionMember_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionUnit" ADD CONSTRAINT "InspectionUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionUnit" ADD CONSTRAINT "InspectionUnit_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_addresseeUnitId_fkey" FOREIGN KEY ("addresseeUnitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_addresseeDepartmentId_fkey" FOREIGN KEY ("addresseeDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationNote" ADD CONSTRAINT "RecommendationNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationNote" ADD CONSTRAINT "RecommendationNote_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceSetting" ADD CONSTRAINT "ProvinceSetting_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

