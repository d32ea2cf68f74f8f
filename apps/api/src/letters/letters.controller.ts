import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { Call, type CallContext } from '../common/call.decorator.js';
import { ListLettersQuery, StartSigningDto } from './dto/letters.dto.js';
import { LettersService } from './letters.service.js';
import { LetterListDto, SignedLetterDto, SigningStartedDto } from './dto/letter.response.js';

@ApiTags('responsibility letters')
@Controller('responsibility-letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Post('signings')
  @ApiOperation({ summary: 'Send the year’s responsibility letters (安全责任状) of a unit and the units below it to be signed' })
  @ApiResponse({ status: 201, description: 'Letters prepared and sent', type: SigningStartedDto })
  @ApiResponse({ status: 403, description: 'Not the unit’s principal' })
  @ApiResponse({ status: 409, description: 'That year’s letters were already sent' })
  @ApiActor()
  start(@Body() dto: StartSigningDto, @Call() call: CallContext) {
    return this.letters.startSigning(dto, call);
  }

  @Get()
  @ApiOperation({ summary: 'Letters of your units and below, and those you sign' })
  @ApiResponse({ status: 200, description: 'The letters', type: LetterListDto })
  @ApiResponse({ status: 403, description: 'unitId names a unit outside your units' })
  @ApiActor()
  list(@Query() q: ListLettersQuery, @Actor() actorId: string) {
    return this.letters.list(q, actorId);
  }

  @Post(':id/sign')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The person the letter names signs it' })
  @ApiResponse({ status: 200, description: 'Signed; the letter', type: SignedLetterDto })
  @ApiResponse({ status: 403, description: 'Not the person the letter names' })
  @ApiResponse({ status: 404, description: 'No such letter, or one outside your units' })
  @ApiResponse({ status: 409, description: 'Already signed, or the signing has closed' })
  @ApiActor()
  sign(@Param('id') id: string, @Call() call: CallContext) {
    return this.letters.sign(id, call);
  }
}
