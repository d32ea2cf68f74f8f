import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { describeError, isServiceUnavailable } from '../../apps/api/src/common/unavailability.js';

const grpc = (code: number, message: string) => Object.assign(new Error(message), { code, details: message });

describe('isServiceUnavailable', () => {
  it('counts Temporal outages, overload and timeouts as unavailability', () => {
    expect(isServiceUnavailable(new ServiceError('Workflow Update failed', { cause: grpc(14, 'connection refused') }))).toBe(true);
    expect(isServiceUnavailable(new ServiceError('Workflow Update failed', { cause: grpc(4, 'deadline exceeded') }))).toBe(true);
    expect(isServiceUnavailable(new ServiceError('Workflow Update failed', { cause: grpc(8, 'namespace rate limit exceeded') }))).toBe(true);
    expect(isServiceUnavailable(new WorkflowUpdateRPCTimeoutOrCancelledError('timed out', { cause: grpc(4, 'deadline exceeded') }))).toBe(true);
  });

  it('does not hide other Temporal refusals behind a 503', () => {
    const refused = new ServiceError('Workflow Update failed', { cause: grpc(9, 'Unable to perform workflow execution update due to unexpected workflow task failure.') });
    expect(isServiceUnavailable(refused)).toBe(false);
    expect(isServiceUnavailable(new ServiceError('Workflow Update failed', { cause: grpc(3, 'invalid argument') }))).toBe(false);
    expect(describeError(refused)).toBe('ServiceError: Workflow Update failed <- Error: Unable to perform workflow execution update due to unexpected workflow task failure. [code 9]');
  });

  it('counts PostgreSQL connection failures, not query errors', () => {
    expect(isServiceUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isServiceUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isServiceUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isServiceUnavailable(new Error('something else'))).toBe(false);
  });
});
