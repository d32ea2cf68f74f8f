import { Body, Controller, Get, HttpCode, Injectable, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ActingOverlap, ActingRepository, OrgRepository, type ActingAppointment } from '#persistence';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { InvalidInputException, type FieldProblem } from '../common/problem-details.js';
import { conflict, forbidden } from '../common/workflow-calls.js';
import { NameActingDto } from './dto/name-acting.dto.js';
import { ActingAppointmentDto, ActingListDto } from './dto/org.response.js';
import { OrgAccessService } from './org-access.service.js';

const LONGEST_MS = 366 * 86_400_000;

/**
 * 职务代理: a leader away names who acts for them, for a period; so may a principal of their unit or
 * of a unit above. While it is in force the acting person takes the leader's hazard steps, decisions,
 * verifications and reviews (recorded as acting for them) and gets the leader's notices too.
 */
@Injectable()
export class ActingService {
  constructor(
    private readonly acting: ActingRepository,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  async name(personId: string, dto: NameActingDto, actorId: string, now = new Date()): Promise<ActingAppointment> {
    const person = await this.visiblePerson(personId, actorId);
    await this.requireMayName(person, actorId, 'name who acts for');
    const problems: FieldProblem[] = [];
    const acting = await this.org.person(dto.actingPersonId);
    if (!acting) problems.push({ field: 'actingPersonId', reason: `person "${dto.actingPersonId}" does not exist` });
    else if (acting.id === person.id) problems.push({ field: 'actingPersonId', reason: 'a person cannot act for themselves' });
    else if (acting.unitId !== person.unitId) problems.push({ field: 'actingPersonId', reason: `${acting.name} is not of ${person.name}'s unit (${person.unitId})` });
    const [from, to] = [new Date(dto.from), new Date(dto.to)];
    if (to.getTime() <= from.getTime()) problems.push({ field: 'to', reason: 'must be after from' });
    else if (to.getTime() - from.getTime() > LONGEST_MS) problems.push({ field: 'to', reason: 'an acting period lasts at most a year' });
    if (to.getTime() <= now.getTime()) problems.push({ field: 'to', reason: 'must be in the future' });
    if (problems.length) throw new InvalidInputException(problems);
    try {
      return await this.acting.name({ personId, actingPersonId: dto.actingPersonId, startsAt: from, endsAt: to, reason: dto.reason.trim(), namedBy: actorId });
    } catch (err) {
      if (err instanceof ActingOverlap) throw conflict(err.message);
      throw err;
    }
  }

  async list(personId: string, actorId: string) {
    const person = await this.visiblePerson(personId, actorId);
    const all = await this.acting.ofPerson(personId);
    return { personId: person.id, personName: person.name, away: all.filter((a) => a.personId === personId), actingFor: all.filter((a) => a.actingPersonId === personId) };
  }

  async end(personId: string, appointmentId: string, actorId: string): Promise<ActingAppointment> {
    const person = await this.visiblePerson(personId, actorId);
    const appointment = await this.acting.find(appointmentId);
    if (!appointment || appointment.personId !== personId) throw new NotFoundException(`${person.name} has no acting appointment ${appointmentId}`);
    if (appointment.namedBy !== actorId) await this.requireMayName(person, actorId, 'end the acting appointment of');
    if (!(await this.acting.end(appointmentId, actorId))) throw conflict(`the appointment already ended at ${(appointment.endedAt ?? appointment.endsAt).toISOString()}`);
    return (await this.acting.find(appointmentId))!;
  }

  /** Someone outside the reader's units answers as one that does not exist. */
  private async visiblePerson(personId: string, actorId: string) {
    const person = await this.org.person(personId);
    if (!person || (person.id !== actorId && !(await this.access.canSee(actorId, person.unitId)))) throw new NotFoundException(`Person ${personId} does not exist`);
    return person;
  }

  private async requireMayName(person: { id: string; name: string; unitId: string }, actorId: string, doing: string): Promise<void> {
    if (person.id === actorId) return;
    const units = [person.unitId, ...(await this.access.superiorUnitIds(person.unitId))];
    if (!(await this.org.principalUnitAmong(actorId, units))) throw forbidden(`Only ${person.name} or a principal of their unit or of a unit above may ${doing} them`);
  }
}

@ApiTags('org')
@Controller('people')
export class ActingController {
  constructor(private readonly acting: ActingService) {}

  @Post(':id/acting')
  @ApiOperation({ summary: 'Name who acts for a person away (职务代理), for a period: the person, or a principal of their unit or above' })
  @ApiResponse({ status: 201, description: 'The appointment', type: ActingAppointmentDto })
  @ApiResponse({ status: 403, description: 'Neither the person nor a principal of their unit or above' })
  @ApiResponse({ status: 404, description: 'No such person, or one outside your units' })
  @ApiResponse({ status: 409, description: 'The person already has an acting person for part of the period' })
  @ApiResponse({ status: 422, description: 'Invalid field (named in errors): the acting person must be of the same unit' })
  @ApiActor()
  name(@Param('id') id: string, @Body() dto: NameActingDto, @Actor() actorId: string) {
    return this.acting.name(id, dto, actorId);
  }

  @Get(':id/acting')
  @ApiOperation({ summary: 'A person’s acting appointments: those for them while away, and those in which they act for someone' })
  @ApiResponse({ status: 200, description: 'Newest first, each saying whether it is in force', type: ActingListDto })
  @ApiResponse({ status: 404, description: 'No such person, or one outside your units' })
  @ApiActor()
  list(@Param('id') id: string, @Actor() actorId: string) {
    return this.acting.list(id, actorId);
  }

  @Post(':id/acting/:appointmentId/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End an acting appointment early (the person is back): the person, who named it, or a principal of their unit or above' })
  @ApiResponse({ status: 200, description: 'The appointment, with when and by whom it ended', type: ActingAppointmentDto })
  @ApiResponse({ status: 403, description: 'Not allowed for this person' })
  @ApiResponse({ status: 404, description: 'No such person or appointment, or one outside your units' })
  @ApiResponse({ status: 409, description: 'It had already ended' })
  @ApiActor()
  end(@Param('id') id: string, @Param('appointmentId', new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'appointmentId', reason: 'must be an appointment id (UUID)' }]) })) appointmentId: string, @Actor() actorId: string) {
    return this.acting.end(id, appointmentId, actorId);
  }
}
