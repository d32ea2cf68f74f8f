import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { RosterController } from './roster.controller.js';
import { RosterService } from './roster.service.js';

@Module({ imports: [PoliciesModule], controllers: [RosterController], providers: [RosterService] })
export class RosterModule {}
