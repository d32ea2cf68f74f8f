import { Global, Module } from '@nestjs/common';
import { ActingController, ActingService } from './acting.controller.js';
import { MeController } from './me.controller.js';
import { OrgAccessService } from './org-access.service.js';
import { UnitPeopleController } from './unit-people.controller.js';

@Global()
@Module({ controllers: [MeController, ActingController, UnitPeopleController], providers: [OrgAccessService, ActingService], exports: [OrgAccessService] })
export class OrgModule {}
