import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { notificationsConfig, type NotificationsConfig } from '#config';
import { OutboxRepository } from '#persistence';
import { LogSender, WebhookSender, type NotificationSender } from './notification-sender.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';

/** Runs the outbox dispatcher in the worker process on a fixed poll interval. */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(notificationsConfig.KEY) private readonly config: NotificationsConfig,
    private readonly outbox: OutboxRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.sender === 'off') return;
    const sender: NotificationSender =
      this.config.sender === 'webhook' ? new WebhookSender(this.config.webhookUrl!) : new LogSender((line) => this.logger.log(line));
    const dispatcher = new OutboxDispatcher(this.outbox, sender);
    const tick = () => {
      this.running = dispatcher
        .dispatchOnce()
        .then((r) => r.failed && this.logger.warn(`${r.failed} notification(s) failed; they will be retried`))
        .catch((err: unknown) => this.logger.error(`Outbox dispatch failed: ${String(err)}`))
        .finally(() => {
          this.timer = setTimeout(tick, this.config.pollMs);
        });
    };
    tick();
    this.logger.log(`Sending notifications through ${sender.name}`);
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
    clearTimeout(this.timer);
  }
}
