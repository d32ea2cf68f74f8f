import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { SchedulesController } from './schedules.controller.js';
import { SchedulesService } from './schedules.service.js';

@Module({ imports: [PoliciesModule], controllers: [SchedulesController], providers: [SchedulesService] })
export class SchedulesModule {}
