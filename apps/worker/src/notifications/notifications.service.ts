import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { notificationsConfig, type NotificationsConfig } from '#config';
import { DeliveryRepository, FeedRepository, OrgRepository, OutboxRepository, type DeliveryChannel } from '#persistence';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { DeliveryDispatcher, type ChannelSender } from './delivery-dispatcher.js';
import { EmailChannel } from './email-channel.js';
import { LogSender, WebhookSender, type NotificationSender } from './notification-sender.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { DingTalkRobot, WeComRobot } from './robot-channels.js';

/** A dispatch round run every poll interval until shutdown, or at once again when a round says more is due (a backlog drains at full speed). */
class Loop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(private readonly round: () => Promise<boolean | unknown>, private readonly pollMs: number) {}

  start(): void {
    const tick = () => {
      let more = false;
      this.running = this.round()
        .then((r) => (more = r === true))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, more ? 0 : this.pollMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

/** Runs the outbox dispatchers in the worker process: the generic sender (log or webhook), the work-chat robots, and email when SMTP_URL is set. */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly loops: Loop[] = [];
  private email?: EmailChannel;

  constructor(
    @Inject(notificationsConfig.KEY) private readonly config: NotificationsConfig,
    private readonly outbox: OutboxRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly feed: FeedRepository,
    private readonly org: OrgRepository,
    private readonly metrics: WorkerMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.sender !== 'off') {
      const sender: NotificationSender =
        this.config.sender === 'webhook' ? new WebhookSender(this.config.webhookUrl!) : new LogSender((line) => this.logger.log(line));
      const dispatcher = new OutboxDispatcher(this.outbox, sender);
      this.loops.push(new Loop(() => dispatcher.dispatchOnce().then((r) => {
        // The generic outbox never gives up on a notice: its failures are retried.
        this.metrics.delivered('sender', { sent: r.sent, retried: r.failed, failed: 0 });
        if (r.failed) this.logger.warn(`${r.failed} notification(s) failed; they will be retried`);
      }).catch((err: unknown) => this.logger.error(`Outbox dispatch failed: ${String(err)}`)), this.config.pollMs));
      this.logger.log(`Sending notifications through ${sender.name}`);
    }
    const channels: Array<[DeliveryChannel, ChannelSender]> = [
      ['wecom', new WeComRobot(this.feed, this.org, this.config.consoleUrl)],
      ['dingtalk', new DingTalkRobot(this.feed, this.org, this.config.consoleUrl)],
    ];
    if (this.config.smtpUrl) {
      this.email = new EmailChannel(this.config.smtpUrl, this.config.smtpFrom, this.config.consoleUrl, this.feed, this.org);
      channels.push(['email', this.email]);
    }
    for (const [channel, sender] of channels) {
      const dispatcher = new DeliveryDispatcher(this.deliveries, channel, sender, this.config.maxAttempts);
      const round = () =>
        dispatcher
          .dispatchOnce()
          .then((r) => {
            this.metrics.delivered(channel, r);
            if (r.retried) this.logger.warn(`${r.retried} ${channel} notice(s) not sent; they will be retried`);
            if (r.failed) this.logger.error(`${r.failed} ${channel} notice(s) given up after ${this.config.maxAttempts} attempts`);
            return dispatcher.isFull(r);
          })
          .catch((err: unknown) => void this.logger.error(`${channel} dispatch failed: ${String(err)}`));
      this.loops.push(new Loop(round, this.config.pollMs));
    }
    this.logger.log(`Delivering notices by ${channels.map(([c]) => c).join(', ')}`);
    for (const loop of this.loops) loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((l) => l.stop()));
    this.email?.close();
  }
}
