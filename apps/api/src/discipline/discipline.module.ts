import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';
import { SanctionsController, SanctionsService } from './sanctions.controller.js';
import { UnitOutcomesController, UnitOutcomesService } from './unit-outcomes.controller.js';

/** The unit page (discipline): scorecard, yellow cards, sanctions in force, criticism and commendations (通报批评, 表彰) and the annual assessment (with the unit's plans, drills and duty check-ins), served under /units. */
@Module({ imports: [PlansModule], controllers: [UnitsController, SanctionsController, UnitOutcomesController], providers: [UnitsService, SanctionsService, UnitOutcomesService] })
export class DisciplineModule {}
