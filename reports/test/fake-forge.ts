// A real HTTP server on 127.0.0.1 standing in for the GitHub and GitLab REST endpoints upkeep
// calls: it keeps comments in memory and can be told to answer the next requests with an error.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeForge {
  url: string;
  requests: Recorded[];
  comments: { id: number; body: string }[];
  /** answers given, in order, before the normal behaviour resumes */
  script: ScriptedAnswer[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

export async function startFakeForge(): Promise<FakeForge> {
  const forge: Omit<FakeForge, 'url' | 'close'> = { requests: [], comments: [], script: [] };
  let nextId = 100;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      forge.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const scripted = forge.script.shift();
      if (scripted)
        return send(
          response,
          scripted.status,
          scripted.body ?? { message: `status ${scripted.status}` },
          scripted.headers,
        );
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // GitHub: /repos/:owner/:repo/issues/:n/comments and /repos/:owner/:repo/issues/comments/:id
      // GitLab: /projects/:id/merge_requests/:iid/notes and …/notes/:id
      const list = /\/(issues\/\d+\/comments|merge_requests\/\d+\/notes)$/.test(url.pathname);
      const one = /\/(issues\/comments|merge_requests\/\d+\/notes)\/(\d+)$/.exec(url.pathname);
      if (request.method === 'GET' && list) return send(response, 200, forge.comments);
      if (request.method === 'POST' && list) {
        const comment = { id: nextId++, body: JSON.parse(body).body as string };
        forge.comments.push(comment);
        return send(response, 201, { ...comment, html_url: `https://forge.test/c/${comment.id}` });
      }
      if ((request.method === 'PATCH' || request.method === 'PUT') && one) {
        const comment = forge.comments.find((c) => c.id === Number(one[2]));
        if (!comment) return send(response, 404, { message: 'Not Found' });
        comment.body = JSON.parse(body).body as string;
        return send(response, 200, { ...comment, html_url: `https://forge.test/c/${comment.id}` });
      }
      if (request.method === 'POST' && url.pathname === '/hook') return send(response, 200, { ok: true });
      return send(response, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...forge,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } as FakeForge;
}
