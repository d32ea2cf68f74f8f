import { Global, Module } from '@nestjs/common';
import { ActingController, ActingService } from './acting.controller.js';
import { MeController } from './me.controller.js';
import { OrgAccessService } from './org-access.service.js';
import { OrgCache } from './org-cache.service.js';
import { UnitPeopleController } from './unit-people.controller.js';

@Global()
@Module({ controllers: [MeController, ActingController, UnitPeopleController], providers: [OrgCache, OrgAccessService, ActingService], exports: [OrgCache, OrgAccessService] })
export class OrgModule {}
