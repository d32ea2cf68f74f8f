import { Module } from '@nestjs/common';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';
import { SanctionsController, SanctionsService } from './sanctions.controller.js';

/** The unit page (discipline): scorecard, yellow cards, sanctions in force and the annual assessment, served under /units. */
@Module({ controllers: [UnitsController, SanctionsController], providers: [UnitsService, SanctionsService] })
export class DisciplineModule {}
