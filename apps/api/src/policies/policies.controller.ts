import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { DEFAULT_POLICY } from '#domain';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { PoliciesService } from './policies.service.js';
import { PolicyDto, PolicyNameDto, PolicyVersionDto } from './dto/policy.response.js';

class PolicyVersionQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

@ApiTags('policies')
@ApiActor()
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ApiOperation({ summary: 'Policy names with their newest version' })
  @ApiResponse({ status: 200, description: 'Each policy with its newest version number', type: [PolicyNameDto] })
  list() {
    return this.policies.list();
  }

  @Get(':name')
  @ApiOperation({ summary: 'An escalation policy: the newest version, or ?version=' })
  @ApiResponse({ status: 200, description: 'The policy version', type: PolicyDto })
  @ApiResponse({ status: 404, description: 'No such policy or version' })
  get(@Param('name') name: string, @Query() q: PolicyVersionQuery) {
    return this.policies.get(name, q.version);
  }

  @Get(':name/versions')
  @ApiOperation({ summary: 'Every version of a policy' })
  @ApiResponse({ status: 200, description: 'Every version, oldest first', type: [PolicyVersionDto] })
  @ApiResponse({ status: 404, description: 'No such policy' })
  versions(@Param('name') name: string) {
    return this.policies.versions(name);
  }

  @Put(':name')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Store a new version of a policy; running hazards keep the version they pinned' })
  @ApiResponse({ status: 200, description: 'The stored version (its number)', type: PolicyDto })
  @ApiBody({ description: 'The policy document (durations are ISO-8601, e.g. P3D or PT30S)', schema: { example: DEFAULT_POLICY } })
  @ApiResponse({ status: 403, description: 'Only the principal of a top-level unit' })
  @ApiResponse({ status: 422, description: 'Invalid document: each field and reason in `errors`' })
  put(@Param('name') name: string, @Body() document: unknown, @Actor() actorId: string) {
    return this.policies.put(name, document, actorId);
  }
}
