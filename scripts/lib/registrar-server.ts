// A small registrar intake on loopback for tests and the demo: receives documentation packages
// as multipart/form-data, answers with a registration number, and drops duplicates by Idempotency-Key.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ReceivedPackage {
  idempotencyKey: string;
  registrationNumber: string;
  files: Record<string, { type: string; bytes: Uint8Array }>;
  sha256: string;
  /** The other text fields, by name ("dokumentation_sha256"). */
  fields: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
}

export type IntakeMode = 'ok' | 'error' | 'hang';

export interface RegistrarServer {
  url: string;
  port: number;
  /** Every package accepted, once per idempotency key. */
  packages: ReceivedPackage[];
  /** Every POST, duplicates included. */
  requests: number;
  setMode(mode: IntakeMode): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': '*',
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function startRegistrarServer(port = 0, prefix = 'KS 2026/'): Promise<RegistrarServer> {
  let mode: IntakeMode = 'ok';
  const byKey = new Map<string, ReceivedPackage>();
  const state = { packages: [] as ReceivedPackage[], requests: 0 };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') return void response.writeHead(204, CORS).end();
    if (request.method !== 'POST') return void response.writeHead(405, CORS).end();
    if (request.url !== '/intake') return void response.writeHead(404, CORS).end('Okänd adress');
    state.requests++;
    if (mode === 'hang') return; // never answers: the client's timeout must fire
    if (mode === 'error') return void response.writeHead(500, { ...CORS, 'Content-Type': 'text/plain' }).end('Diariet är nere för underhåll');
    const key = String(request.headers['idempotency-key'] ?? '');
    const body = await readBody(request);
    const existing = byKey.get(key);
    if (existing) {
      return void response.writeHead(409, { ...CORS, 'Content-Type': 'application/json' }).end(JSON.stringify({ registrationNumber: existing.registrationNumber }));
    }
    const form = await new Request('http://intake.local/', { method: 'POST', headers: { 'content-type': String(request.headers['content-type']) }, body: new Uint8Array(body) }).formData();
    const files: ReceivedPackage['files'] = {};
    const fields: Record<string, string> = {};
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') fields[name] = value;
      else files[value.name] = { type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
    const sha256 = fields.sha256 ?? '';
    const received: ReceivedPackage = {
      idempotencyKey: key, registrationNumber: `${prefix}${String(state.packages.length + 1).padStart(4, '0')}`, files, sha256, fields,
      headers: request.headers,
    };
    byKey.set(key, received);
    state.packages.push(received);
    response.writeHead(201, { ...CORS, 'Content-Type': 'application/json' }).end(JSON.stringify({ registrationNumber: received.registrationNumber }));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => response.writeHead(400, CORS).end(String(error)));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}/intake`,
        port: actualPort,
        get packages() { return state.packages; },
        get requests() { return state.requests; },
        setMode: (next) => { mode = next; },
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
