import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { AuditService } from './audit.service.js';
import { CheckpointFileDto, CheckpointVerdictDto, StoredCheckpointDto } from './dto/checkpoint.dto.js';

/** The passthrough response only sets a header; Nest still sends the returned body. */
interface HeaderResponse {
  setHeader(name: string, value: string): void;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('checkpoint')
  @ApiOperation({ summary: 'A signed checkpoint (Ed25519) of the chain head of every hazard of your units and those below, as a file to keep outside the system' })
  @ApiResponse({ status: 200, description: 'The checkpoint file: heads, their digest, the signature and the public key', type: CheckpointFileDto })
  @ApiResponse({ status: 503, description: 'No signing key is configured (AUDIT_SIGNING_KEY)' })
  @ApiActor()
  async checkpoint(@Actor() actorId: string, @Res({ passthrough: true }) res: HeaderResponse) {
    const file = await this.audit.checkpoint(actorId);
    res.setHeader('Content-Disposition', `attachment; filename="dutychain-checkpoint-${file.issuedAt.slice(0, 10)}.json"`);
    return file;
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'The daily signed checkpoints of every hazard’s chain head (the worker signs one each day at 00:00 China time), newest first' })
  @ApiResponse({ status: 200, description: 'id, issuedAt and the number of heads of each', type: [StoredCheckpointDto] })
  @ApiResponse({ status: 403, description: 'Not the principal of a top-level unit (the daily checkpoints cover every unit)' })
  @ApiActor()
  daily(@Actor() actorId: string) {
    return this.audit.daily(actorId);
  }

  @Get('checkpoints/:id')
  @ApiOperation({ summary: 'One daily checkpoint, as the file to keep' })
  @ApiResponse({ status: 200, description: 'The checkpoint file', type: CheckpointFileDto })
  @ApiResponse({ status: 403, description: 'Not the principal of a top-level unit' })
  @ApiResponse({ status: 404, description: 'No such checkpoint' })
  @ApiResponse({ status: 422, description: 'The id is not a checkpoint id (UUID)' })
  @ApiActor()
  async dailyDocument(
    @Param('id', new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a checkpoint id (UUID)' }]) })) id: string,
    @Actor() actorId: string,
    @Res({ passthrough: true }) res: HeaderResponse,
  ) {
    const file = await this.audit.dailyDocument(id, actorId);
    res.setHeader('Content-Disposition', `attachment; filename="dutychain-checkpoint-${file.issuedAt.slice(0, 10)}-daily.json"`);
    return file;
  }

  @Post('checkpoint/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a kept checkpoint: its signature, then every head of your units against the database (a rewrite made after it is named)' })
  @ApiResponse({ status: 200, description: 'signature valid|invalid|other_key; heads checked, intact, rewritten (with the reason), and outside your units (not disclosed)', type: CheckpointVerdictDto })
  @ApiResponse({ status: 422, description: 'Not a checkpoint file (the field is named)' })
  @ApiResponse({ status: 503, description: 'No signing key is configured (AUDIT_SIGNING_KEY)' })
  @ApiActor()
  verify(@Body() file: CheckpointFileDto, @Actor() actorId: string) {
    return this.audit.verify(file, actorId);
  }
}
