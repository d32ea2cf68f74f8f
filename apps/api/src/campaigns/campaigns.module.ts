import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';

@Module({ imports: [PoliciesModule], controllers: [CampaignsController], providers: [CampaignsService] })
export class CampaignsModule {}
