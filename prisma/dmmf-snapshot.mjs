#!/usr/bin/env node
// A Prisma generator (JSON-RPC over stdio, the protocol `prisma generate` speaks to every
// generator) that writes the parsed schema — Prisma's own DMMF — to a JSON file. The schema
// drift test compares the migrated database with it, because the schema engine that would
// normally diff them cannot be downloaded on our machines (docs/decisions/003-migrations.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const reply = (id, result) => process.stderr.write(`${JSON.stringify({ jsonrpc: '2.0', id, result })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line);
  if (request.method === 'getManifest') {
    reply(request.id, { manifest: { prettyName: 'DMMF snapshot', requiresEngines: [] } });
  } else if (request.method === 'generate') {
    const { dmmf, generator } = request.params;
    const output = resolve(generator.output?.value ?? 'dmmf.json');
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, `${JSON.stringify({ datamodel: dmmf.datamodel }, null, 2)}\n`);
    reply(request.id, null);
  }
});
