import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApprovalRequestEntity } from '../../../../libs/persistence/src/index.js';
import { Actor, ApiActor } from '../common/actor.decorator.js';

const STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;

class ApprovalsQuery {
  /** Present for readability (`?mine`): the inbox is always the acting person's. */
  @IsOptional() mine?: string;
  @IsOptional() @IsIn(STATUSES, { message: `$property must be one of: ${STATUSES.join(', ')}` }) status?: (typeof STATUSES)[number];
}

@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  @ApiActor()
  @ApiOperation({ summary: "A leader's inbox: extension and escalation requests they must decide, soonest deadline first" })
  async inbox(@Query() q: ApprovalsQuery, @Actor() actorId: string) {
    const rows = await this.ds.getRepository(ApprovalRequestEntity).find({
      where: { deciderId: actorId, status: q.status ?? 'pending' },
      order: { deadline: 'ASC' },
      take: 200,
    });
    const now = Date.now();
    return {
      items: rows.map((r) => ({
        id: r.id,
        hazardId: r.hazardId,
        kind: r.kind,
        status: r.status,
        requestedBy: r.requestedBy,
        deadline: r.deadline.toISOString(),
        overdue: r.status === 'pending' && r.deadline.getTime() < now,
        details: r.details,
        lapsedBy: r.lapsedBy,
        decidedBy: r.decidedBy,
        comment: r.comment,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }
}
