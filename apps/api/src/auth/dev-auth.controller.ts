import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '#domain';
import { OrgRepository } from '#persistence';
import { InvalidInputException } from '../common/problem-details.js';
import { ProfileDto } from '../org/dto/org.response.js';
import { OrgAccessService } from '../org/org-access.service.js';
import { Public } from './public.decorator.js';
import { TokenVerifier } from './token-verifier.js';

class DevTokenDto {
  @ApiProperty({ example: 'city-a-head-security' })
  @IsString() @Matches(ORG_ID_PATTERN, { message: '$property must be a person id' })
  personId: string;
}

class DevPersonDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() unitId: string;
}

class DevTokenResponseDto {
  @ApiProperty({ description: 'A signed JWT for the Authorization header' }) token: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ type: DevPersonDto }) person: DevPersonDto;
}

/** Only mounted with AUTH_MODE=dev: sign in as any person of the org, for demos and tests. */
@ApiTags('auth')
@Controller('auth')
export class DevAuthController {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly org: OrgRepository,
    private readonly access: OrgAccessService,
  ) {}

  @Get('dev-people')
  @Public()
  @ApiOperation({ summary: 'Development sign-in: everyone one may sign in as, with their posts (exists only when AUTH_MODE=dev)' })
  @ApiResponse({ status: 200, description: 'Everyone of the org with their posts', type: [ProfileDto] })
  @ApiResponse({ status: 429, description: 'Too many requests from this address; Retry-After says when to try again' })
  people() {
    return this.access.profiles();
  }

  @Post('dev-token')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Development sign-in: a token for any person (exists only when AUTH_MODE=dev)' })
  @ApiResponse({ status: 200, description: 'A signed token for the person', type: DevTokenResponseDto })
  @ApiResponse({ status: 422, description: 'Unknown person' })
  async devToken(@Body() dto: DevTokenDto) {
    const person = await this.org.person(dto.personId);
    if (!person) throw new InvalidInputException([{ field: 'personId', reason: `person "${dto.personId}" does not exist` }]);
    return { token: await this.tokens.sign(person.id), tokenType: 'Bearer', person: { id: person.id, name: person.name, unitId: person.unitId } };
  }
}
