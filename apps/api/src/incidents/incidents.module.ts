import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsService } from './incidents.service.js';

@Module({ imports: [PoliciesModule], controllers: [IncidentsController], providers: [IncidentsService] })
export class IncidentsModule {}
