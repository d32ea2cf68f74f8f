import { Global, Module } from '@nestjs/common';
import { MeController } from './me.controller.js';
import { OrgAccessService } from './org-access.service.js';

@Global()
@Module({ controllers: [MeController], providers: [OrgAccessService], exports: [OrgAccessService] })
export class OrgModule {}
