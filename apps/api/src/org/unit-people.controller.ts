import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OrgRepository } from '#persistence';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { OrgAccessService } from './org-access.service.js';

class UnitPostDto {
  @ApiProperty({ example: 'department_head' }) kind: string;
  @ApiProperty({ type: String, nullable: true }) departmentId: string | null;
}

class UnitPersonDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [UnitPostDto], description: 'The posts they hold in this unit now' }) posts: UnitPostDto[];
}

class UnitPeopleDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: [UnitPersonDto] }) items: UnitPersonDto[];
}

/** Who holds a post in a unit now, by name: what the console's person pickers offer. */
@ApiTags('org')
@Controller('units')
export class UnitPeopleController {
  constructor(
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  @Get(':id/people')
  @ApiActor()
  @ApiOperation({ summary: 'The people holding a post in the unit now, with their names and posts' })
  @ApiResponse({ status: 200, description: 'The unit’s post holders', type: UnitPeopleDto })
  @ApiResponse({ status: 404, description: 'No such unit, or one outside your units' })
  async people(@Param('id') unitId: string, @Actor() actorId: string): Promise<UnitPeopleDto> {
    const [unit] = await this.org.units([unitId]);
    if (!unit || !(await this.access.canSee(actorId, unitId))) throw new NotFoundException(`Unit ${unitId} does not exist`);
    const posts = await this.org.postsNow(unitId);
    const names = await this.org.names([...new Set(posts.map((p) => p.personId))]);
    const byPerson = new Map<string, UnitPersonDto>();
    for (const p of posts) {
      const person = byPerson.get(p.personId) ?? { id: p.personId, name: names.get(p.personId) ?? p.personId, posts: [] };
      person.posts.push({ kind: p.kind, departmentId: p.departmentId });
      byPerson.set(p.personId, person);
    }
    return { unitId, unitName: unit.name, items: [...byPerson.values()] };
  }
}
