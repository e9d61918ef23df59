import type { APIContext } from "astro";
import { publishedArticles } from "../data/articles.ts";
import { feedInstant } from "../lib/german-date.ts";
import { publication } from "../settings/load-publication.ts";
import { newsSitemap } from "../metadata/news-sitemap.ts";
import { t } from "../interface/strings.ts";
import { articlePath } from "../lib/urls.ts";

/**
 * The Google News sitemap: published articles of the two days before this build
 * (docs/decisions/072-news-sitemap.md). It changes with the build time, by nature.
 */
export async function GET({ site }: APIContext) {
  const base = import.meta.env.BASE_URL;
  const articles = (await publishedArticles()).map((article) => ({
    url: new URL(articlePath(base, article.id), site).href,
    title: article.data.title,
    // A date alone starts its day on the newsroom's clock.
    published: feedInstant(article.data.date, publication().timeZone),
    lang: article.data.lang,
  }));
  return new Response(newsSitemap({ name: t("site.name") }, articles, new Date()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
