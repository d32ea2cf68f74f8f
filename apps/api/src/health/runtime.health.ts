import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

/** The oldest Node major the project supports (package.json `engines`); older ones are past end of life. */
export const MINIMUM_NODE_MAJOR = 22;

/** Which Node runs this process, down when it is older than the project supports. */
@Injectable()
export class RuntimeHealthIndicator {
  constructor(private readonly indicators: HealthIndicatorService) {}

  isHealthy(key = 'runtime') {
    const check = this.indicators.check(key);
    const major = Number(process.versions.node.split('.')[0]);
    const details = { node: process.version, pid: process.pid };
    return major >= MINIMUM_NODE_MAJOR ? check.up(details) : check.down({ ...details, message: `Node ${process.version} is older than ${MINIMUM_NODE_MAJOR}` });
  }
}
