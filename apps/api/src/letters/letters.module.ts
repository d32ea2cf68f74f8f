import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module.js';
import { LettersController } from './letters.controller.js';
import { LettersService } from './letters.service.js';

@Module({ imports: [PoliciesModule], controllers: [LettersController], providers: [LettersService] })
export class LettersModule {}
