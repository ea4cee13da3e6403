import { openDatabaseServer } from './lib/db/provision';
import { withDatabase } from './lib/db/url';
import { bandsOf } from './lib/translation/memory-score';
import pg from 'pg';
const server = await openDatabaseServer({ cluster: 'postgres-bench', database: 'postgres', log: () => {} });
const c = new pg.Client(withDatabase(server.url, 'memory_bench'));
await c.connect();
const [p] = (await c.query(`select text from paragraph_translations where locale='vi' order by length(text) desc limit 1 offset 5`)).rows;
const b = `{${bandsOf(p.text, 'vi>en').join(',')}}`;
for (const q of process.argv.slice(2)) {
  const r = await c.query(q.replaceAll('$B', `'${b}'::int[]`));
  for (const row of r.rows) console.log(Object.values(row).join(' '));
}
await c.end();
await server.release();
