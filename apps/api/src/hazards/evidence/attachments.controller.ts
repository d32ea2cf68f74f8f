import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../../common/actor.decorator.js';
import { Call, type CallContext } from '../../common/call.decorator.js';
import { InvalidInputException } from '../../common/problem-details.js';
import { uuid } from '../hazard-action.decorator.js';
import { AttachmentListDto } from './attachment.response.js';
import { EvidenceUploadInterceptor, MAX_FILES_PER_UPLOAD } from './evidence-upload.interceptor.js';
import { EvidenceService } from './evidence.service.js';

const attachmentId = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'attachmentId', reason: 'must be a file id (UUID)' }]) });
const FILE_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'application/pdf'];
const NOT_VISIBLE = 'No such hazard or file, or a hazard outside your units (the two are not told apart)';

@ApiTags('hazards')
@Controller('hazards/:id/attachments')
export class AttachmentsController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiOperation({ summary: 'Add evidence files (photos, scans) to a hazard; each is recorded, with its SHA-256, in the hazard’s log' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['files'],
      properties: { files: { type: 'array', maxItems: MAX_FILES_PER_UPLOAD, items: { type: 'string', format: 'binary' }, description: 'JPEG, PNG, HEIC or PDF, told by content' } },
    },
  })
  @ApiResponse({ status: 201, description: 'Stored and recorded', type: AttachmentListDto })
  @ApiResponse({ status: 400, description: 'The upload broke off; nothing was stored' })
  @ApiResponse({ status: 403, description: 'Neither the reporter nor anyone the hazard involves' })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  @ApiResponse({ status: 409, description: 'The hazard is closed' })
  @ApiResponse({ status: 413, description: 'A file, or the hazard’s files together, over the limit; nothing was stored' })
  @ApiResponse({ status: 415, description: 'Not multipart/form-data' })
  @ApiResponse({ status: 422, description: 'No file, or a file of a type not accepted (field and reason in errors); nothing was stored' })
  @ApiActor()
  attach(@Param('id', uuid) id: string, @UploadedFiles() files: Express.Multer.File[] | undefined, @Call() call: CallContext) {
    return this.evidence.attach(id, files, call);
  }

  @Get()
  @ApiOperation({ summary: 'A hazard’s evidence files, in the order they were added' })
  @ApiResponse({ status: 200, description: 'The files', type: AttachmentListDto })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  @ApiActor()
  list(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.evidence.list(id, actorId);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'The file itself, with its type; shown in place, or saved with ?download=1' })
  @ApiQuery({ name: 'download', required: false, enum: ['1'] })
  @ApiProduces(...FILE_TYPES)
  @ApiResponse({ status: 200, description: 'The bytes', content: Object.fromEntries(FILE_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  @ApiActor()
  async file(@Param('id', uuid) id: string, @Param('attachmentId', attachmentId) fileId: string, @Query('download') download: string | undefined, @Actor() actorId: string, @Res() res: Response) {
    const { row, body, size } = await this.evidence.open(id, fileId, actorId, false);
    const ascii = row.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
    res.status(200);
    res.setHeader('Content-Type', row.contentType);
    res.setHeader('Content-Length', String(size));
    res.setHeader('Content-Disposition', `${download === '1' ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
    res.setHeader('ETag', `"${row.sha256}"`);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    body.pipe(res);
  }

  @Get(':attachmentId/thumbnail')
  @ApiOperation({ summary: 'A photo’s thumbnail (JPEG, at most 320×320)' })
  @ApiProduces('image/jpeg')
  @ApiResponse({ status: 200, description: 'The thumbnail', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 404, description: `${NOT_VISIBLE}; or the file is no photo` })
  @ApiActor()
  async thumbnail(@Param('id', uuid) id: string, @Param('attachmentId', attachmentId) fileId: string, @Actor() actorId: string, @Res() res: Response) {
    const { body, size } = await this.evidence.open(id, fileId, actorId, true);
    res.status(200);
    res.setHeader('Content-Type', 'image/jpeg');
    res.setHeader('Content-Length', String(size));
    res.setHeader('Cache-Control', 'private, max-age=3600');
    body.pipe(res);
  }
}
