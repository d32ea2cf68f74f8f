import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { HazardsController } from './hazards.controller.js';
import { HazardsService } from './hazards.service.js';
import { SupervisionController } from './supervision.controller.js';
import { SupervisionService } from './supervision.service.js';

@Module({ imports: [PoliciesModule], controllers: [HazardsController, SupervisionController], providers: [HazardsService, SupervisionService] })
export class HazardsModule {}
