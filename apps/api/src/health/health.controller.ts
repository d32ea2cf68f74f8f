import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/public.decorator.js';
import { RuntimeHealthIndicator } from './runtime.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly runtime: RuntimeHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Database and Temporal reachable and a supported Node running (503 with details when not)' })
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 }), () => this.temporal.isHealthy(), () => this.runtime.isHealthy()]);
  }
}
