import { noticeView, peopleNamedIn, type NoticeView } from '#domain';
import type { DueDelivery, FeedRepository, OrgRepository } from '#persistence';

/** Every delivery of a batch with its notice as its reader reads it (their language, names not ids); null when the notice is gone. */
export async function viewsOf(feed: FeedRepository, org: OrgRepository, batch: DueDelivery[]): Promise<Array<NoticeView | null>> {
  const notices = new Map((await feed.byIds([...new Set(batch.map((d) => d.notificationId))])).map((n) => [n.id, n]));
  const names = await org.names(peopleNamedIn([...notices.values()]));
  const now = Date.now();
  return batch.map((d) => {
    const notice = notices.get(d.notificationId);
    return notice ? noticeView(notice, d.language, names, now) : null;
  });
}

/** Sends each delivery of a batch on its own: the answer is, in order, null for sent or the error. */
export function eachOf(batch: DueDelivery[], views: Array<NoticeView | null>, send: (d: DueDelivery, view: NoticeView) => Promise<void>): Promise<Array<Error | null>> {
  return Promise.all(
    batch.map(async (d, i) => {
      try {
        const view = views[i];
        if (!view) throw new Error(`notice ${d.notificationId} is gone`);
        await send(d, view);
        return null;
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    }),
  );
}
