import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldErrorCodes, withdrawalItemSchema } from '../../shared/sync/protocol.ts';
import { startReferenceApi } from './api-server.ts';
import { birthFormBytes } from '../support/fixtures.ts';

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
}

const document = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'api', 'civil-status-v1.openapi.json'), 'utf8')) as OpenApi;
const methods = ['get', 'head', 'put', 'post', 'delete', 'patch'];

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refs(v)));
}

describe('the OpenAPI document of the civil-status API', () => {
  it('is OpenAPI 3.1 and every reference in it resolves', () => {
    expect(document.openapi).toBe('3.1.0');
    const missing = refs(document).filter((ref) => !Object.hasOwn(document.components.schemas, ref.replace('#/components/schemas/', '')));
    expect(missing).toEqual([]);
  });

  it('names the reasons the server gives for refusing an item, all of them', () => {
    const itemResult = document.components.schemas.ItemResult as { oneOf: { properties: { errors?: { items: { properties: { code: { enum: string[] } } } } } }[] };
    const codes = itemResult.oneOf.flatMap((branch) => branch.properties.errors?.items.properties.code.enum ?? []);
    expect(codes.sort()).toEqual([...fieldErrorCodes].sort());
  });

  it('describes a batch item as an entry revision or a withdrawal, with the withdrawal\'s fields as the server checks them', () => {
    const schemas = document.components.schemas as Record<string, { oneOf?: { $ref: string }[]; required?: string[] }>;
    expect(schemas.BatchItem?.oneOf?.map((branch) => branch.$ref)).toEqual(['#/components/schemas/EntryItem', '#/components/schemas/WithdrawalItem']);
    expect([...(schemas.WithdrawalItem?.required ?? [])].sort()).toEqual(Object.keys(withdrawalItemSchema.shape).sort());
  });

  it('describes what the reference API serves: each operation answers as documented, and anything else is not found', async () => {
    const operations = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item).filter(([method]) => methods.includes(method)).map(([method, op]) => ({ route, method, id: (op as { operationId: string }).operationId, statuses: Object.keys((op as { responses: object }).responses) })),
    );
    expect(operations.map((o) => o.id).sort()).toEqual(['hasPage', 'health', 'listEntries', 'putPage', 'sendEntries']);
    const dir = await mkdtemp(path.join(tmpdir(), 'sohoa-openapi-'));
    const api = await startReferenceApi({ dataDir: dir, tokens: ['t'] });
    try {
      const bytes = birthFormBytes();
      const sha = createHash('sha256').update(bytes).digest('hex');
      const requests: Record<string, { body?: NonNullable<RequestInit['body']>; status: number }> = {
        health: { status: 200 },
        putPage: { body: bytes, status: 204 },
        hasPage: { status: 200 },
        sendEntries: { body: new Blob(['{}'], { type: 'application/json' }), status: 400 },
        listEntries: { status: 200 },
      };
      for (const id of ['health', 'putPage', 'hasPage', 'sendEntries', 'listEntries']) {
        const { route, method, statuses } = operations.find((o) => o.id === id)!;
        const { body, status } = requests[id]!;
        const response = await fetch(`${api.url}${route.replace('{sha256}', sha)}`, { method: method.toUpperCase(), headers: { authorization: 'Bearer t' }, ...(body === undefined ? {} : { body }) });
        expect(response.status, id).toBe(status);
        expect(statuses, id).toContain(String(status));
      }
      expect((await fetch(`${api.url}/v1/nothing`, { headers: { authorization: 'Bearer t' } })).status).toBe(404);
    } finally {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
