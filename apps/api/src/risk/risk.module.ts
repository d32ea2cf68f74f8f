import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { RiskController } from './risk.controller.js';
import { RiskService } from './risk.service.js';

@Module({ imports: [PoliciesModule], controllers: [RiskController], providers: [RiskService] })
export class RiskModule {}
