import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { authConfig } from '#config';
import { DevAuthController } from './dev-auth.controller.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { PersonRateLimitGuard } from './person-rate-limit.guard.js';
import { RequestGuard } from './request.guard.js';
import { TokenVerifier } from './token-verifier.js';

@Global()
@Module({})
export class AuthModule {
  /** The development sign-in route is mounted only in dev mode; in any other mode it does not exist. */
  static forRoot(mode: 'jwt' | 'dev'): DynamicModule {
    return {
      module: AuthModule,
      imports: [ConfigModule.forFeature(authConfig)],
      controllers: mode === 'dev' ? [DevAuthController] : [],
      providers: [TokenVerifier, JwtAuthGuard, PersonRateLimitGuard, { provide: APP_GUARD, useClass: RequestGuard }],
      exports: [TokenVerifier],
    };
  }
}
