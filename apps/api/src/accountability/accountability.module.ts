import { Module } from '@nestjs/common';
import { AccountabilityController } from './accountability.controller.js';
import { AccountabilityService } from './accountability.service.js';

@Module({ controllers: [AccountabilityController], providers: [AccountabilityService] })
export class AccountabilityModule {}
