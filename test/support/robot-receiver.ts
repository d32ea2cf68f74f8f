import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RobotPost {
  channel: 'wecom' | 'dingtalk';
  /** Whether the request had the channel's documented shape (and, for DingTalk, a valid fresh signature). */
  problem: string | null;
  body: Record<string, unknown>;
  /** The markdown text of the message. */
  text: string;
}

/**
 * A local stand-in for the WeCom and DingTalk robot endpoints that checks what their documentation
 * asks: WeCom `{msgtype: 'markdown', markdown: {content}}` with a key; DingTalk `{msgtype: 'markdown',
 * markdown: {title, text}, at: {atUserIds}}` with `timestamp` (ms, within an hour) and `sign`
 * (base64 HMAC-SHA256 of "timestamp\nsecret"). It answers as they do: errcode 0, or an error code.
 */
export async function startRobotReceiver(dingTalkSecret: string): Promise<{ url: string; posts: RobotPost[]; close: () => Promise<void> }> {
  const posts: RobotPost[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://robot');
      let body: Record<string, unknown> = {};
      let problem: string | null = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        problem = 'the body is not JSON';
      }
      const markdown = (body.markdown ?? {}) as Record<string, unknown>;
      const channel = url.pathname === '/wecom' ? 'wecom' : 'dingtalk';
      if (!problem && req.headers['content-type'] !== 'application/json') problem = 'content-type is not application/json';
      if (!problem && body.msgtype !== 'markdown') problem = 'msgtype is not markdown';
      if (!problem && channel === 'wecom') {
        if (!url.searchParams.get('key')) problem = 'no key';
        else if (typeof markdown.content !== 'string' || Buffer.byteLength(markdown.content) > 4096) problem = 'markdown.content must be a string of at most 4096 bytes';
      }
      if (!problem && channel === 'dingtalk') {
        const timestamp = Number(url.searchParams.get('timestamp'));
        const expected = createHmac('sha256', dingTalkSecret).update(`${timestamp}\n${dingTalkSecret}`).digest('base64');
        if (!url.searchParams.get('access_token')) problem = 'no access_token';
        else if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > 3600_000) problem = 'timestamp missing or more than an hour off';
        else if (url.searchParams.get('sign') !== expected) problem = 'sign does not match';
        else if (typeof markdown.title !== 'string' || typeof markdown.text !== 'string') problem = 'markdown needs title and text';
        else if (!Array.isArray((body.at as { atUserIds?: unknown } | undefined)?.atUserIds)) problem = 'at.atUserIds must be a list';
      }
      posts.push({ channel, problem, body, text: String(markdown.content ?? markdown.text ?? '') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(problem ? { errcode: channel === 'dingtalk' ? 310000 : 40008, errmsg: problem } : { errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
