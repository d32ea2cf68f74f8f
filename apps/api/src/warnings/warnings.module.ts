import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { WarningsController } from './warnings.controller.js';
import { WarningsService } from './warnings.service.js';

@Module({ imports: [PoliciesModule], controllers: [WarningsController], providers: [WarningsService] })
export class WarningsModule {}
