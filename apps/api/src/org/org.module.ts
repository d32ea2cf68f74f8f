import { Global, Module } from '@nestjs/common';
import { OrgAccessService } from './org-access.service.js';

@Global()
@Module({ providers: [OrgAccessService], exports: [OrgAccessService] })
export class OrgModule {}
