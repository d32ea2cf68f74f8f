import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post, Query, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { DeliveryRepository, FeedRepository, OrgRepository } from '#persistence';
import { Actor, ApiActor } from '../common/actor.decorator.js';
import { InvalidInputException } from '../common/problem-details.js';
import { forbidden } from '../common/workflow-calls.js';
import { DeliveriesQuery, FailedDeliveryPageDto, FeedPageDto, FeedQuery, MarkedReadDto, MarkReadDto, StreamQuery } from './dto/notification.dto.js';
import { languageOf, NotificationsService } from './notifications.service.js';

/** How often a live stream looks for new notices: a second's delay is what the bell may lag. */
const STREAM_POLL_MS = 1000;

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notices: NotificationsService,
    private readonly feed: FeedRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly org: OrgRepository,
  ) {}

  @Get('deliveries')
  @ApiActor()
  @ApiOperation({ summary: 'Deliveries given up after the policy’s attempts, of notices to people of the units one leads or keeps safe, and below' })
  @ApiResponse({ status: 200, description: 'One page of failed deliveries, newest first', type: FailedDeliveryPageDto })
  @ApiResponse({ status: 403, description: 'Not a principal, deputy or safety officer of any unit' })
  async failedDeliveries(@Query() q: DeliveriesQuery, @Actor() actorId: string) {
    const [profile] = await this.org.profiles([actorId]);
    const leads = [...new Set((profile?.posts ?? []).filter((p) => ['principal', 'deputy', 'safety_officer'].includes(p.kind)).map((p) => p.unitId))];
    if (!leads.length) throw forbidden('Only a principal, a deputy or the safety officer of a unit sees its failed deliveries');
    const units = [...leads, ...(await Promise.all(leads.map((u) => this.org.unitsBelow(u)))).flat()];
    const limit = q.limit ?? 50;
    const rows = await this.deliveries.failed(units, limit + 1, q.cursor);
    const page = rows.slice(0, limit);
    return { items: page.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })), nextCursor: rows.length > limit ? page.at(-1)!.id : null };
  }

  @Get()
  @ApiActor()
  @ApiOperation({ summary: 'The signed-in person’s notices: unread first, then newest (cursor paginated), in their language' })
  @ApiResponse({ status: 200, description: 'One page of notices, the unread count and nextCursor', type: FeedPageDto })
  list(@Query() q: FeedQuery, @Actor() actorId: string, @Headers('accept-language') acceptLanguage?: string) {
    return this.notices.page(actorId, q, languageOf(q.lang, acceptLanguage));
  }

  @Post('read')
  @HttpCode(HttpStatus.OK)
  @ApiActor()
  @ApiOperation({ summary: 'Marks the given notices, or all, read' })
  @ApiResponse({ status: 200, description: 'How many became read, and how many are still unread', type: MarkedReadDto })
  @ApiResponse({ status: 403, description: 'Some of the ids are not the signed-in person’s notices' })
  async markRead(@Body() dto: MarkReadDto, @Actor() actorId: string) {
    if ((dto.ids === undefined) === (dto.all !== true)) throw new InvalidInputException([{ field: 'ids', reason: 'give either ids or all: true' }]);
    if (dto.ids) {
      const others = await this.feed.notOwned(actorId, dto.ids);
      if (others.length) throw forbidden(`notices ${others.join(', ')} are not yours: a person reads only their own notices`);
    }
    const marked = await this.feed.markRead(actorId, dto.ids ?? 'all');
    return { marked, unread: await this.feed.unreadCount(actorId) };
  }

  @Sse('stream')
  @ApiActor()
  @ApiOperation({ summary: 'Live notices (Server-Sent Events): `unread` with the count at once and whenever it changes, `notice` for each new notice' })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'An event stream that stays open', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  stream(@Query() q: StreamQuery, @Actor() actorId: string, @Headers('accept-language') acceptLanguage?: string): Observable<MessageEvent> {
    const lang = languageOf(q.lang, acceptLanguage);
    return new Observable<MessageEvent>((subscriber) => {
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      let last: string | undefined;
      let unread = -1;
      const tick = async () => {
        try {
          last ??= await this.feed.latestId(actorId);
          const fresh = await this.feed.newSince(actorId, last);
          if (fresh.length) {
            last = fresh.at(-1)!.id;
            for (const n of await this.notices.render(fresh, lang)) subscriber.next({ type: 'notice', id: n.id, data: n });
          }
          const count = await this.feed.unreadCount(actorId);
          if (count !== unread) subscriber.next({ type: 'unread', data: { unread: (unread = count) } });
        } catch {
          // The database is away: the stream waits and goes on when it is back.
        }
        if (!closed) timer = setTimeout(() => void tick(), STREAM_POLL_MS);
      };
      void tick();
      return () => {
        closed = true;
        clearTimeout(timer);
      };
    });
  }
}
