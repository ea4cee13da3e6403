/** `npm run build`: the production build (scripts/build-portal.ts). */
import { buildPortal } from './build-portal';
import { runCli } from './cli';

runCli(buildPortal);
