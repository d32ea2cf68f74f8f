import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { LedgerExportQuery, LedgerPageDto, LedgerQuery } from './dto/ledger.dto.js';
import { writeLedgerCsv, writeLedgerXlsx, type LedgerRows } from './ledger-export.js';
import { LedgerService } from './ledger.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('ledger')
@Controller('ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get()
  @ApiOperation({ summary: 'The hazard ledger (台账): search, filter, sort and page over the units you may see' })
  @ApiResponse({ status: 200, description: 'One page and the total', type: LedgerPageDto })
  @ApiResponse({ status: 403, description: 'Not a principal, deputy or safety officer, or the unit is outside yours' })
  @ApiResponse({ status: 422, description: 'A filter is wrong (field and reason in errors)' })
  @ApiActor()
  page(@Query() q: LedgerQuery, @Actor() actorId: string) {
    return this.ledger.page(q, actorId);
  }

  @Get('export')
  @ApiOperation({ summary: 'The ledger with the filters applied, every row, as .xlsx (Chinese headers) or CSV, streamed as it is read' })
  @ApiProduces(XLSX, 'text/csv')
  @ApiResponse({ status: 200, description: 'The file, as an attachment', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } }, 'text/csv': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 403, description: 'Not a principal, deputy or safety officer, or the unit is outside yours' })
  @ApiResponse({ status: 422, description: 'A filter or the format is wrong (field and reason in errors)' })
  @ApiActor()
  async export(@Query() q: LedgerExportQuery, @Actor() actorId: string, @Res() res: Response): Promise<void> {
    const filter = await this.ledger.filter(q, actorId);
    const { rows, done } = await this.ledger.stream(q, filter);
    const name = `隐患台账-${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}.${q.format}`;
    res.status(200);
    res.setHeader('Content-Type', q.format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="hazard-ledger.${q.format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    // A client that hangs up stops the cursor.
    res.on('close', () => rows.destroy());
    try {
      await (q.format === 'xlsx' ? writeLedgerXlsx(rows as LedgerRows, res) : writeLedgerCsv(rows as LedgerRows, res));
    } finally {
      await done();
    }
  }
}
