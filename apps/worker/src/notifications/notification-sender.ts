import type { OutboxNotification } from '#persistence';

export type { OutboxNotification };

/** Delivers one notification; throws to have it retried later. */
export interface NotificationSender {
  readonly name: string;
  send(notification: OutboxNotification): Promise<void>;
}

export class LogSender implements NotificationSender {
  readonly name = 'log';
  constructor(private readonly log: (line: string) => void) {}
  async send(n: OutboxNotification): Promise<void> {
    this.log(`notify ${n.recipientId}: ${n.kind} (${n.hazardId ? `hazard ${n.hazardId}` : n.stream}, event ${n.sequence})`);
  }
}

/**
 * POSTs each notification as JSON. The `Idempotency-Key` header lets the receiver drop the
 * repeat that at-least-once delivery allows after a crash between sending and marking sent.
 */
export class WebhookSender implements NotificationSender {
  readonly name = 'webhook';
  constructor(private readonly url: string, private readonly timeoutMs = 5000) {}
  async send(n: OutboxNotification): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `notification-${n.id}` },
      body: JSON.stringify(n),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  }
}
