import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ActingRepository, ApprovalRepository } from '#persistence';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { decodeCursor, encodeCursor } from '../common/cursor.js';
import { ApprovalPageDto } from './dto/approval.response.js';

const STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;

class ApprovalsQuery {
  @ApiPropertyOptional({ enum: ['', 'true'], description: 'Present for readability (`?mine`): the inbox is always the signed-in person’s' })
  @IsOptional() @IsIn(['', 'true'], { message: '$property takes no value or true' })
  mine?: string;

  @ApiPropertyOptional({ enum: STATUSES, default: 'pending' })
  @IsOptional() @IsIn(STATUSES, { message: `$property must be one of: ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50, type: 'integer' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}

@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly acting: ActingRepository,
  ) {}

  @Get()
  @ApiActor()
  @ApiOperation({ summary: "A leader's inbox: requests waiting for their decision, and for the decision of those they act for now (职务代理), soonest deadline first (cursor paginated)" })
  @ApiResponse({ status: 200, description: 'One page of requests, with nextCursor', type: ApprovalPageDto })
  async inbox(@Query() q: ApprovalsQuery, @Actor() actorId: string) {
    const limit = q.limit ?? 50;
    const after = q.cursor ? decodeCursor(q.cursor, /^.{1,200}$/) : undefined;
    const status = q.status ?? 'pending';
    // What waits for a leader away is the acting person's to decide; what was decided stays the leader's record.
    const actingFor = status === 'pending' ? await this.acting.actingFor(actorId) : [];
    const rows = await this.approvals.inbox({ deciderIds: [actorId, ...actingFor], status, after, limit });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const now = Date.now();
    return {
      items: page.map((r) => ({
        id: r.id,
        hazardId: r.hazardId,
        kind: r.kind,
        status: r.status,
        requestedBy: r.requestedBy,
        deciderId: r.deciderId,
        actingFor: r.deciderId === actorId ? null : r.deciderId,
        deadline: r.deadline.toISOString(),
        overdue: r.status === 'pending' && r.deadline.getTime() < now,
        details: r.details,
        lapsedBy: r.lapsedBy,
        decidedBy: r.decidedBy,
        comment: r.comment,
        createdAt: r.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.deadline, last.id) : null,
    };
  }
}
