import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { RuntimeHealthIndicator } from './runtime.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [TemporalHealthIndicator, RuntimeHealthIndicator] })
export class HealthModule {}
