import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { HazardsController } from './hazards.controller.js';
import { HazardsService } from './hazards.service.js';

@Module({ imports: [PoliciesModule], controllers: [HazardsController], providers: [HazardsService] })
export class HazardsModule {}
