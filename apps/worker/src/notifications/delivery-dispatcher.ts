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
    private readonly batchSize = 20,
  ) {}

  dispatchOnce(): Promise<DeliveryRound> {
    return this.deliveries.deliverDue(this.channel, this.batchSize, this.maxAttempts, (batch) => this.sender.send(batch));
  }
}
