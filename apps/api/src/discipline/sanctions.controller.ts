import { Controller, Get, Injectable, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { OrgRepository, SanctionRepository } from '#persistence';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { PersonSanctionsDto } from './dto/sanction.response.js';

/** A person's sanctions, in force and past: to themselves, and to anyone who may see their unit. */
@Injectable()
export class SanctionsService {
  constructor(
    private readonly sanctions: SanctionRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  async ofPerson(personId: string, readerId: string) {
    const person = await this.org.person(personId);
    // Someone outside the reader's units answers as one that does not exist.
    if (!person || (person.id !== readerId && !(await this.access.canSee(readerId, person.unitId)))) throw new NotFoundException(`Person ${personId} does not exist`);
    const all = await this.sanctions.ofPerson(personId);
    return { personId: person.id, personName: person.name, inForce: all.filter((s) => s.inForce), past: all.filter((s) => !s.inForce) };
  }
}

@ApiTags('units')
@Controller('people')
export class SanctionsController {
  constructor(private readonly sanctions: SanctionsService) {}

  @Get(':id/sanctions')
  @ApiOperation({ summary: 'A person’s sanctions: in force, and past (with when their end was recorded)' })
  @ApiResponse({ status: 200, description: 'The sanctions, newest first', type: PersonSanctionsDto })
  @ApiResponse({ status: 404, description: 'No such person, or one outside your units' })
  @ApiActor()
  list(@Param('id') id: string, @Actor() actorId: string) {
    return this.sanctions.ofPerson(id, actorId);
  }
}
