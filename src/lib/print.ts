/**
 * What a guide prints by default: its answer and what a runner acts on (a method's verdict, its facts
 * box with the dose and cautions, and how to do it; an injury's red flags, signs and return-to-running checklist; the
 * after-race guide's short answer and red flags), in at most two A4 pages; "Print the full guide"
 * prints everything. Data, read by the build's hast plugin that marks a guide's prose sections
 * (src/integrations/print-sections.ts) and by the guide layouts; an e2e test counts the PDF pages.
 * This site's rule of thumb.
 */

/** Prose sections (by their heading) that the short printout keeps. */
export const SHORT_PRINT_HEADINGS: readonly RegExp[] = [/^How to do it$/, /^Red flags/, /^The short answer$/];

export const keepsInShortPrint = (heading: string) => SHORT_PRINT_HEADINGS.some((h) => h.test(heading.trim()));

/** The class that leaves an element out of the short printout. */
export const FULL_PRINT_ONLY = 'print-full-only';
