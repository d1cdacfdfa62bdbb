/**
 * The shared vocabulary of the knowledge base.
 *
 * Every list here is used three ways: the content schema (src/content.config.ts) only accepts
 * these ids in a guide's frontmatter, the pages and search filters label them with the names
 * below, and the tools in src/lib reason over them. Adding an id here is therefore the one
 * change that makes a new goal, region or piece of equipment available everywhere.
 *
 * Pure data: no DOM, no Preact, no astro:* imports, so unit tests and islands can use it.
 *
 * The lists live in small modules under src/lib/vocab/, one per subject, so an island that needs
 * only the regions and equipment ships only those; this file gathers them for everyone else.
 */
export * from './vocab/methods';
export * from './vocab/regions';
export * from './vocab/equipment';
export * from './vocab/grades';
export * from './vocab/conditions';
export * from './vocab/guides';
