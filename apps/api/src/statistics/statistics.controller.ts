import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { pdfConfig, type PdfConfig } from '#config';
import { ApiOperation, ApiProduces, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { InvalidInputException, ProblemException } from '../common/problem-details.js';
import { ConfirmStatisticsDto, StatisticsReportDto, StatisticsReportListDto, StatisticsStateDto } from './dto/statistics.dto.js';
import { statisticsWorkbook } from './statistics-export.js';
import { statisticsPdf } from './statistics-pdf.js';
import { StatisticsService } from './statistics.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';

class StatisticsExportQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'pdf'], default: 'xlsx', description: 'xlsx (the figures to work with) or pdf (to sign and send up)' })
  @IsOptional() @IsIn(['xlsx', 'pdf'], { message: '$property must be one of: xlsx, pdf' })
  format?: 'xlsx' | 'pdf';
}

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new InvalidInputException([{ field: 'id', reason: 'must be a statistics report id (UUID)' }]) });

@ApiTags('statistics')
@Controller('statistics-reports')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    @Inject(pdfConfig.KEY) private readonly pdf: PdfConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Quarterly statistics reports (季度统计报告) that any of your units takes part in, newest first' })
  @ApiResponse({ status: 200, description: 'The reports', type: StatisticsReportListDto })
  @ApiActor()
  list(@Actor() actorId: string) {
    return this.statistics.list(actorId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A report with each unit you may see: its deadline, status, own figures and the total it sent up' })
  @ApiResponse({ status: 200, description: 'The report', type: StatisticsReportDto })
  @ApiResponse({ status: 404, description: 'No such report, or none of its units is yours' })
  @ApiActor()
  get(@Param('id', uuid) id: string, @Actor() actorId: string) {
    return this.statistics.get(id, actorId);
  }

  @Get(':id/export')
  @ApiOperation({ summary: 'The report as .xlsx, or as a PDF in Chinese to sign and send up: each unit you may see with its status and totals, and the hazards found by category' })
  @ApiProduces(XLSX, PDF)
  @ApiResponse({ status: 200, description: 'The file, as an attachment', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } }, [PDF]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 404, description: 'No such report, or none of its units is yours' })
  @ApiResponse({ status: 422, description: 'An unknown format' })
  @ApiResponse({ status: 503, description: 'PDF: the CJK font (PDF_FONT_PATH) is not installed' })
  @ApiActor()
  async export(@Param('id', uuid) id: string, @Query() q: StatisticsExportQuery, @Actor() actorId: string, @Res() res: Response): Promise<void> {
    const report = await this.statistics.get(id, actorId);
    const format = q.format ?? 'xlsx';
    if (format === 'pdf' && !existsSync(this.pdf.fontPath)) {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, 'unavailable', 'PDF font missing', `No CJK font at ${this.pdf.fontPath}: install Debian's fonts-wqy-zenhei or set PDF_FONT_PATH`);
    }
    const generatedAt = new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });
    const body = format === 'pdf' ? await statisticsPdf({ ...report, generatedAt }, this.pdf.fontPath) : await statisticsWorkbook(report);
    const name = `季度统计-${report.year}年第${report.quarter}季度.${format}`;
    res.status(200).setHeader('Content-Type', format === 'pdf' ? PDF : XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="statistics-${report.year}-q${report.quarter}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(body);
  }

  @Post(':id/units/:unitId/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a unit’s figures, with those the units below it sent up, and send them up (after its level’s deadline: recorded as late)' })
  @ApiResponse({ status: 200, description: 'Confirmed and sent up', type: StatisticsStateDto })
  @ApiResponse({ status: 403, description: 'Not the principal, a deputy or the safety officer of the unit' })
  @ApiResponse({ status: 404, description: 'No such report, or the unit is not in it or not yours' })
  @ApiResponse({ status: 409, description: 'Already confirmed, or units below it have not reported yet' })
  @ApiActor()
  confirm(@Param('id', uuid) id: string, @Param('unitId') unitId: string, @Body() dto: ConfirmStatisticsDto, @Call() call: CallContext) {
    return this.statistics.confirm(id, unitId, dto, call);
  }
}
