import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, type WorkflowClientInterceptor } from '@temporalio/client';
import { temporalConfig, type TemporalConfig } from '#config';
import { temporalConnectionSettings } from './connection-options.js';
import { TEMPORAL_CLIENT, TEMPORAL_CLIENT_INTERCEPTORS, TEMPORAL_TASK_QUEUE } from './temporal.constants.js';

class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

/**
 * The API's Temporal client. The connection is lazy so that the API starts, reports itself
 * unhealthy and answers 503 while Temporal is down, instead of refusing to boot.
 */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [temporalConfig.KEY, { token: TEMPORAL_CLIENT_INTERCEPTORS, optional: true }],
      useFactory: (config: TemporalConfig, interceptors?: WorkflowClientInterceptor[]) =>
        new Client({
          connection: Connection.lazy({ ...temporalConnectionSettings(config), connectTimeout: '5s' }),
          namespace: config.namespace,
          interceptors: { workflow: interceptors ?? [] },
        }),
    },
    { provide: TEMPORAL_TASK_QUEUE, inject: [temporalConfig.KEY], useFactory: (c: TemporalConfig) => c.taskQueue },
    TemporalConnectionCloser,
  ],
  exports: [TEMPORAL_CLIENT, TEMPORAL_TASK_QUEUE],
})
export class TemporalClientModule {}
