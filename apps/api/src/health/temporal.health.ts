import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { TEMPORAL_CLIENT } from '#temporal';

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'temporal') {
    const check = this.indicators.check(key);
    try {
      await this.client.withDeadline(Date.now() + 3000, () =>
        this.client.workflowService.describeNamespace({ namespace: this.client.options.namespace }),
      );
      return check.up({ namespace: this.client.options.namespace });
    } catch (err) {
      return check.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}
