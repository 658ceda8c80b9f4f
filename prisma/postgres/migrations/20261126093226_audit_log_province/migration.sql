-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "provinceId" INTEGER;

-- CreateIndex
CREATE INDEX "AuditLog_provinceId_createdAt_idx" ON "AuditLog"("provinceId", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "AdminUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

