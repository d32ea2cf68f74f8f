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
  @ApiOperation({ summary: 'Database and Temporal reachable and a supported Node running (503 with details when not); the same as /health/ready' })
  check() {
    return this.ready();
  }

  /** For a liveness probe: nothing outside the process is asked, so an outage of PostgreSQL or Temporal does not get every instance restarted. */
  @Get('live')
  @HealthCheck()
  @ApiOperation({ summary: 'The process answers and runs a supported Node (for a liveness probe; asks nothing outside the process)' })
  live() {
    return this.health.check([() => this.runtime.isHealthy()]);
  }

  /** For a readiness probe: no traffic to an instance that cannot reach PostgreSQL or Temporal. */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Ready for traffic: database and Temporal reachable and a supported Node running (503 with details when not)' })
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 3000 }), () => this.temporal.isHealthy(), () => this.runtime.isHealthy()]);
  }
}
