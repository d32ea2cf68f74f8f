import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
  validateSync,
  ValidationError,
} from 'class-validator';
import { parse } from 'yaml';
import { DELIVERY_CHANNELS, HAZARD_CATEGORIES, LANGUAGES, type DeliveryChannelName, ORG_ID_PATTERN, POSITION_KINDS, type Language, type PositionKind, UNIT_TYPES, type UnitType } from '#domain';

const ID = ORG_ID_PATTERN;
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

export class OrgPositionDto {
  @IsIn(POSITION_KINDS) kind: PositionKind;
  @IsOptional() @IsString() department?: string;
  @IsOptional() @IsArray() @ArrayUnique() @IsString({ each: true }) oversees?: string[];
}

export class OrgPersonDto {
  @Matches(ID) id: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
  @IsOptional() @IsEmail({}, { message: '$property must be an email address' }) email?: string;
  /** What the person reads notices in: zh (default) or en. */
  @IsOptional() @IsIn(LANGUAGES, { message: `$property must be one of: ${LANGUAGES.join(', ')}` }) language?: Language;
  /** The channels they want notices on besides the feed (default: every one they have an address for). */
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(DELIVERY_CHANNELS, { each: true, message: `each value in $property must be one of: ${DELIVERY_CHANNELS.join(', ')}` }) channels?: DeliveryChannelName[];
  /** Reminders wait until these hours end (Beijing time), e.g. "22:00-07:00". */
  @IsOptional() @IsString() @Matches(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { message: '$property must be HH:MM-HH:MM (Beijing time)' }) quietHours?: string;
  /** Their user ids in WeCom and DingTalk, for the @mention in a group robot's message. */
  @IsOptional() @IsString() @Matches(/^[\w.@-]{1,64}$/, { message: '$property must be a WeCom user id' }) wecomUserId?: string;
  @IsOptional() @IsString() @Matches(/^[\w.@-]{1,64}$/, { message: '$property must be a DingTalk user id' }) dingtalkUserId?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrgPositionDto) positions: OrgPositionDto[] = [];
}

/** A work-chat group robot: its webhook (and DingTalk's signing secret) are read from the environment variables named here, never written in the file. */
export class OrgRobotDto {
  @IsIn(['wecom', 'dingtalk'], { message: '$property must be wecom or dingtalk' }) channel: 'wecom' | 'dingtalk';
  @Matches(ENV_NAME, { message: '$property must name an environment variable (A-Z, 0-9, _)' }) webhookEnv: string;
  @IsOptional() @Matches(ENV_NAME, { message: '$property must name an environment variable (A-Z, 0-9, _)' }) secretEnv?: string;
}

export class OrgDepartmentDto {
  @Matches(ID) id: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
}

export class OrgUnitDto {
  @Matches(ID) id: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
  @IsOptional() @Matches(ID) parent?: string | null;
  /** 档案馆 (archive, the default) or 档案局 (bureau): picks the unit's self-inspection checklist. */
  @IsOptional() @IsIn(UNIT_TYPES) type?: UnitType;
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrgDepartmentDto) departments: OrgDepartmentDto[] = [];
  /** category → department id */
  @IsObject() responsibilityAreas: Record<string, string> = {};
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrgPersonDto) people: OrgPersonDto[] = [];
  /** The group robots the notices of this unit's people also go to (one per channel). */
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => OrgRobotDto) robots?: OrgRobotDto[];
  /** Keep the position (EXIF) in evidence photos; by default it is stripped before storing. */
  @IsOptional() @IsBoolean() keepsPhotoLocation?: boolean;
}

export class OrgFileDto {
  @IsArray() @ValidateNested({ each: true }) @Type(() => OrgUnitDto) units: OrgUnitDto[];
}

export class OrgFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Org file is invalid:\n  ${problems.join('\n  ')}`);
  }
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((c) => `${path}: ${c}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * Parses and checks an org file (YAML or JSON) including the cross-references structure validation
 * cannot see. A file may add units under units already stored: pass their ids as `existingUnitIds`.
 */
export function parseOrgFile(text: string, existingUnitIds: ReadonlySet<string> = new Set()): OrgFileDto {
  const raw: unknown = parse(text);
  const org = plainToInstance(OrgFileDto, raw ?? {});
  const problems = flatten(validateSync(org));
  if (problems.length) throw new OrgFileError(problems);

  const units = new Map(org.units.map((u) => [u.id, u]));
  const departmentUnit = new Map<string, string>();
  const personIds = new Set<string>();
  if (units.size !== org.units.length) problems.push('units: unit ids must be unique');
  for (const unit of org.units) {
    if (unit.parent && !units.has(unit.parent) && !existingUnitIds.has(unit.parent)) problems.push(`units.${unit.id}.parent: unknown unit "${unit.parent}"`);
    for (const d of unit.departments) {
      if (departmentUnit.has(d.id)) problems.push(`units.${unit.id}.departments: duplicate department id "${d.id}"`);
      departmentUnit.set(d.id, unit.id);
    }
  }
  for (const unit of org.units) {
    for (const [category, dept] of Object.entries(unit.responsibilityAreas)) {
      if (!(HAZARD_CATEGORIES as readonly string[]).includes(category)) {
        problems.push(`units.${unit.id}.responsibilityAreas: unknown category "${category}"`);
      }
      if (departmentUnit.get(dept) !== unit.id) {
        problems.push(`units.${unit.id}.responsibilityAreas.${category}: "${dept}" is not a department of this unit`);
      }
    }
    for (const person of unit.people) {
      if (personIds.has(person.id)) problems.push(`people: duplicate person id "${person.id}"`);
      personIds.add(person.id);
      for (const pos of person.positions) {
        const at = `units.${unit.id}.people.${person.id}`;
        if (pos.kind === 'department_head' && departmentUnit.get(pos.department ?? '') !== unit.id) {
          problems.push(`${at}: a department head needs a department of this unit`);
        }
        for (const d of pos.oversees ?? []) {
          if (departmentUnit.get(d) !== unit.id) problems.push(`${at}.oversees: "${d}" is not a department of this unit`);
        }
        if (pos.oversees?.length && pos.kind !== 'deputy') problems.push(`${at}: only a deputy oversees departments`);
      }
    }
    const robotChannels = (unit.robots ?? []).map((r) => r.channel);
    if (new Set(robotChannels).size !== robotChannels.length) problems.push(`units.${unit.id}.robots: one robot per channel`);
    for (const r of unit.robots ?? []) if (r.channel === 'dingtalk' && !r.secretEnv) problems.push(`units.${unit.id}.robots.dingtalk.secretEnv: a DingTalk robot signs its requests; name the variable holding its secret`);
    if (unit.people.filter((p) => p.positions.some((x) => x.kind === 'principal')).length > 1) {
      problems.push(`units.${unit.id}: a unit has one principal`);
    }
  }
  // A cycle would make "the superior unit" meaningless.
  for (const unit of org.units) {
    const seen = new Set<string>();
    for (let cur: OrgUnitDto | undefined = unit; cur?.parent; cur = units.get(cur.parent)) {
      if (seen.has(cur.id)) {
        problems.push(`units.${unit.id}: the unit tree has a cycle`);
        break;
      }
      seen.add(cur.id);
    }
  }
  if (problems.length) throw new OrgFileError(problems);
  return org;
}

