/**
 * Lets plain Node run this project's TypeScript outside Vite: `node --experimental-strip-types
 * --import ./src/build/resolve-ts.mjs <file.ts>`. src/lib imports its siblings without an
 * extension ('./vocabulary'), which Vite accepts and Node does not; the hook registered here
 * retries such an import with `.ts`. Used by the build's last step (finish-build.ts) and the bench.
 */
import { register } from 'node:module';

register('./resolve-ts-hooks.mjs', import.meta.url);
