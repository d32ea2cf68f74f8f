import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, auditConfig, databaseConfig, evidenceConfig, metricsConfig, notificationsConfig, pdfConfig, schedulesConfig, temporalConfig } from './configuration.js';

/**
 * Each registered namespace validates the environment when it is built, so a bad setting stops
 * the app at boot. ConfigModule's own `validate` hook is not used: in @nestjs/config 12 it writes
 * every defaulted value back into process.env, hiding which settings the operator actually gave.
 */
@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      isGlobal: true,
      cache: true,
      load: [appConfig, databaseConfig, temporalConfig, notificationsConfig, auditConfig, schedulesConfig, evidenceConfig, metricsConfig, pdfConfig],
    }),
  ],
})
export class DutychainConfigModule {}
