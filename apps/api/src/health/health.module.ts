import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [TemporalHealthIndicator] })
export class HealthModule {}
