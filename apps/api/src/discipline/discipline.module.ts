import { Module } from '@nestjs/common';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

/** The unit page (discipline): scorecard, yellow cards, sanctions in force and the annual assessment, served under /units. */
@Module({ controllers: [UnitsController], providers: [UnitsService] })
export class DisciplineModule {}
