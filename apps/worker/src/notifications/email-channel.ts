import { createTransport, type Transporter } from 'nodemailer';
import type { NoticeView } from '#domain';
import type { DueDelivery, FeedRepository, OrgRepository } from '#persistence';
import { eachOf, viewsOf } from './notice-batch.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The stable Message-ID of a notice's email: a resend after a crash carries the same one, so the receiver can tell. */
export const noticeMessageId = (notificationId: string) => `<notice-${notificationId}@dutychain>`;

/**
 * Mails notices (nodemailer over SMTP): subject naming the unit, the subject and what is asked,
 * HTML and plain text in the reader's language, and a link straight to the console page.
 */
export class EmailChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly consoleUrl: string,
    private readonly feed: FeedRepository,
    private readonly org: OrgRepository,
  ) {
    // Pooled: a batch goes over a few kept-open connections instead of one connection per message.
    this.transport = createTransport({ url: smtpUrl, pool: true, maxConnections: 5 } as Parameters<typeof createTransport>[0]);
  }

  /** Sends each delivery of the batch; the answer is, in order, null for sent or the error. */
  async send(batch: DueDelivery[]): Promise<Array<Error | null>> {
    const views = await viewsOf(this.feed, this.org, batch);
    return eachOf(batch, views, async (d, view) => {
      await this.transport.sendMail({ from: this.from, to: d.address, messageId: noticeMessageId(d.notificationId), subject: view.subject, ...this.bodies(view, d.language) });
    });
  }

  private bodies(view: NoticeView, lang: DueDelivery['language']): { text: string; html: string } {
    const link = `${this.consoleUrl}${view.about.link}`;
    const [open, why] = lang === 'zh' ? ['打开', '您收到此邮件，是因为您在隐患闭环管理系统中负有相应职责。'] : ['Open', 'You receive this because of your duties in the hazard system.'];
    const acting = view.actingFor ? (lang === 'zh' ? `（代${view.actingFor}）` : ` (acting for ${view.actingFor})`) : '';
    return {
      text: `${view.body}${acting}\n\n${open}: ${link}\n\n${why}\n`,
      html: `<p>${escapeHtml(view.body + acting)}</p><p><a href="${escapeHtml(link)}">${open}</a></p><p style="color:#888">${escapeHtml(why)}</p>`,
    };
  }

  close(): void {
    this.transport.close();
  }
}
