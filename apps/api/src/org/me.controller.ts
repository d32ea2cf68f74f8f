import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { MeDto } from './dto/org.response.js';
import { OrgAccessService } from './org-access.service.js';

@ApiTags('org')
@Controller('me')
export class MeController {
  constructor(private readonly access: OrgAccessService) {}

  @Get()
  @ApiActor()
  @ApiOperation({ summary: 'The signed-in person: name, unit, the posts they hold now and the units they may see' })
  @ApiResponse({ status: 200, description: 'The person, their posts and visible units', type: MeDto })
  async me(@Actor() actorId: string) {
    const [profile] = await this.access.profiles([actorId]);
    return { ...profile!, visibleUnits: await this.access.visibleUnits(actorId) };
  }
}
