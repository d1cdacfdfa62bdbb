/**
 * The offline layer's names and numbers, apart from its lists (./offline.ts) so the script every
 * page loads to register the worker, the guide's "Keep for offline" button and the worker itself
 * carry a few bytes, not the tool registry.
 */
export const OFFLINE_PAGE = '/offline/';
export const SERVICE_WORKER_URL = '/sw.js';

/** Runtime caches: pages as they are read, pages the runner keeps, and search's index as it is used. */
export const CACHES = { pages: 'rr-pages', kept: 'rr-kept', search: 'rr-search' } as const;

/** Pages read online that stay for offline reading, newest first; kept pages are never dropped. */
export const READ_PAGES_KEPT = 60;

/** The message the page sends a waiting worker when the runner accepts an update (Workbox's convention). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;
