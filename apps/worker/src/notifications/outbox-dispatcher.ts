import type { DispatchResult, OutboxRepository } from '#persistence';
import type { NotificationSender } from './notification-sender.js';

export type { DispatchResult };

/** Sends due notifications from the outbox through one sender (see OutboxRepository for the guarantees). */
export class OutboxDispatcher {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly sender: NotificationSender,
    private readonly batchSize = 50,
  ) {}

  dispatchOnce(): Promise<DispatchResult> {
    return this.outbox.deliverDue(this.batchSize, this.sender.name, (n) => this.sender.send(n));
  }
}
