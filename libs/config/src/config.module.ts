import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, databaseConfig, temporalConfig } from './configuration.js';
import { validateEnvironment } from './environment.js';

@Module({
  imports: [
    ConfigModule.forRoot({
      ignoreEnvFile: true,
      isGlobal: true,
      cache: true,
      load: [appConfig, databaseConfig, temporalConfig],
      validate: validateEnvironment,
    }),
  ],
})
export class DutychainConfigModule {}
