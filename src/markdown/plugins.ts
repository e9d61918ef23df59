/**
 * Kiosk's Markdown pipeline, in order. Astro's `unified()` processor runs it for pages;
 * the article check runs the remark part alone to collect problems without building.
 */
import rehypeSlug from "rehype-slug";
import type { RehypePlugins, RemarkPlugins } from "@astrojs/markdown-remark";
import remarkDirective from "remark-directive";
import { publication } from "../settings/load-publication.ts";
import { siteConfig } from "../settings/site-config.ts";
import rehypeStopOnProblems from "./rehype-stop-on-problems.ts";
import remarkBasePathLinks from "./remark-base-path-links.ts";
import remarkImageChecks from "./remark-image-checks.ts";
import remarkPullQuote from "./remark-pull-quote.ts";
import remarkReadingTime from "./remark-reading-time.ts";
import remarkRawHtmlAllowlist from "./remark-raw-html-allowlist.ts";
import remarkSafeUrls from "./remark-safe-urls.ts";
import remarkTypography from "./remark-typography.ts";
import remarkUnknownDirectives from "./remark-unknown-directives.ts";

/** Syntax and checks: everything that can find a problem in an article body. */
export const checkingRemarkPlugins = [
  remarkDirective,
  remarkUnknownDirectives,
  remarkPullQuote,
  remarkImageChecks,
  remarkRawHtmlAllowlist,
  remarkSafeUrls,
];

export const remarkPlugins: RemarkPlugins = [
  ...checkingRemarkPlugins,
  [remarkBasePathLinks, { base: siteConfig().base }],
  [remarkTypography, { defaultLang: publication().language }],
  remarkReadingTime,
];

export const rehypePlugins: RehypePlugins = [rehypeSlug, rehypeStopOnProblems];
