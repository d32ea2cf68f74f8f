import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { AttachmentsController } from './evidence/attachments.controller.js';
import { evidenceStoreProvider } from './evidence/evidence-store.provider.js';
import { EvidenceUploadInterceptor, ReportUploadInterceptor } from './evidence/evidence-upload.interceptor.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { HazardsController } from './hazards.controller.js';
import { HazardsService } from './hazards.service.js';
import { HazardPageService } from './hazard-page.service.js';
import { SupervisionController } from './supervision.controller.js';
import { SupervisionService } from './supervision.service.js';
import { WorkController } from './work/work.controller.js';
import { WorkService } from './work/work.service.js';

@Module({
  imports: [PoliciesModule],
  controllers: [HazardsController, SupervisionController, AttachmentsController, WorkController],
  providers: [HazardsService, HazardPageService, WorkService, SupervisionService, EvidenceService, EvidenceUploadInterceptor, ReportUploadInterceptor, evidenceStoreProvider],
})
export class HazardsModule {}
