import type { DeliveryChannel, DeliveryRepository, DeliveryRound, DueDelivery } from '#persistence';

export interface ChannelSender {
  send(batch: DueDelivery[]): Promise<Array<Error | null>>;
}

/** Sends due deliveries of one channel from the outbox (see DeliveryRepository for the guarantees). */
export class DeliveryDispatcher {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly channel: DeliveryChannel,
    private readonly sender: ChannelSender,
    private readonly maxAttempts: number,
    private readonly batchSize = 50,
  ) {}

  dispatchOnce(): Promise<DeliveryRound> {
    return this.deliveries.deliverDue(this.channel, this.batchSize, this.maxAttempts, (batch) => this.sender.send(batch));
  }

  /** A full batch means more may be due: the next round should not wait for the poll interval. */
  isFull(round: DeliveryRound): boolean {
    return round.sent + round.retried + round.failed >= this.batchSize;
  }
}
