import { createHmac } from 'node:crypto';
import { namedSecret } from '#config';
import type { NoticeView } from '#domain';
import type { DueDelivery, FeedRepository, OrgRepository } from '#persistence';
import { eachOf, viewsOf } from './notice-batch.js';

/**
 * Work-chat group robots, in their documented markdown formats: WeCom's group robot
 * (企业微信群机器人, `msgtype: markdown`, `<@userid>` mentions) and DingTalk's custom robot
 * (钉钉自定义机器人, `msgtype: markdown` with `at.atUserIds`, every request signed with the
 * robot's secret: HMAC-SHA256 of "timestamp\nsecret", base64). A delivery's address is the name of
 * the environment variable holding the webhook; the secrets never reach the database or a log.
 */
abstract class RobotChannel {
  constructor(
    private readonly feed: FeedRepository,
    private readonly org: OrgRepository,
    private readonly consoleUrl: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(batch: DueDelivery[]): Promise<Array<Error | null>> {
    const views = await viewsOf(this.feed, this.org, batch);
    return eachOf(batch, views, async (d, view) => {
      const webhook = namedSecret(d.address);
      if (!webhook) throw new Error(`the robot's webhook is not configured: set ${d.address} (or ${d.address}_FILE)`);
      const res = await fetch(this.url(webhook, d), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.message(view, d, `${this.consoleUrl}${view.about.link}`)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // Both answer HTTP 200 with errcode 0 when the message is posted; anything else is a failure to retry.
      const answer = (await res.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null;
      if (!res.ok || answer?.errcode !== 0) throw new Error(`${this.name} robot answered ${res.status}: ${answer?.errmsg ?? 'no errcode'}`);
    });
  }

  protected abstract readonly name: string;
  protected abstract url(webhook: string, d: DueDelivery): string;
  protected abstract message(view: NoticeView, d: DueDelivery, link: string): object;

  protected lines(view: NoticeView, d: DueDelivery, link: string): { open: string; footer: string } {
    return d.language === 'zh'
      ? { open: `[打开](${link})`, footer: `通知编号 ${d.notificationId}` }
      : { open: `[Open](${link})`, footer: `Notice ${d.notificationId}` };
  }
}

export class WeComRobot extends RobotChannel {
  protected readonly name = 'WeCom';

  protected url(webhook: string): string {
    return webhook;
  }

  protected message(view: NoticeView, d: DueDelivery, link: string): object {
    const { open, footer } = this.lines(view, d, link);
    const mention = d.chatUserId ? `\n<@${d.chatUserId}>` : '';
    return { msgtype: 'markdown', markdown: { content: `**${view.subject}**\n> ${view.body}\n${open}\n<font color="comment">${footer}</font>${mention}` } };
  }
}

export class DingTalkRobot extends RobotChannel {
  protected readonly name = 'DingTalk';

  protected url(webhook: string, d: DueDelivery): string {
    const secret = d.secretEnv ? namedSecret(d.secretEnv) : null;
    if (!secret) throw new Error(`the DingTalk robot's signing secret is not configured: set ${d.secretEnv ?? `a secretEnv for ${d.address}`}`);
    return `${webhook}${webhook.includes('?') ? '&' : '?'}${dingTalkSignature(secret, Date.now())}`;
  }

  protected message(view: NoticeView, d: DueDelivery, link: string): object {
    const { open, footer } = this.lines(view, d, link);
    const mention = d.chatUserId ? `\n\n@${d.chatUserId}` : '';
    return {
      msgtype: 'markdown',
      markdown: { title: view.subject, text: `#### ${view.subject}\n\n${view.body}\n\n${open}\n\n${footer}${mention}` },
      at: { atUserIds: d.chatUserId ? [d.chatUserId] : [], isAtAll: false },
    };
  }
}

/** DingTalk's signature: timestamp (ms) and the base64 HMAC-SHA256 of "timestamp\nsecret" keyed by the secret, as query parameters. */
export function dingTalkSignature(secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  return `timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
}
