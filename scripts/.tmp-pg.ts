import { openDatabaseServer } from '../lib/db/provision';
const s = await openDatabaseServer({ cluster: 'postgres', database: 'portal' });
console.log(s.url);
process.on('SIGTERM', async () => { await s.release(); process.exit(0); });
setInterval(() => {}, 1 << 30);
