/**
 * The built site as the dist and e2e layers see it: its folder and the loopback address it is
 * served on, both provided by test/support/global-setup.ts (one build, one server per run).
 */
import { inject } from 'vitest';

export const baseURL = () => inject('baseURL');
export const distDir = () => inject('distDir');
