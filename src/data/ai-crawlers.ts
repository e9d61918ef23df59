/**
 * Crawlers that gather text for training AI models, by the user-agent token their
 * operators ask `robots.txt` to name; `robots.txt` keeps them out while text and data
 * mining is reserved (settings `tdm: reserved`). Search engines' crawlers (Googlebot,
 * Bingbot, Applebot) are not among them: `Google-Extended` and `Applebot-Extended` are
 * tokens for training only, read by the search crawlers without changing what is indexed.
 * Crawlers that fetch one page for a reader who asked (ChatGPT-User, Claude-User) do not
 * mine and are left alone, as are the indexes of AI search (OAI-SearchBot, PerplexityBot),
 * which their operators say are not used for training: they are search engines.
 *
 * Compiled 2026-12-07 from the operators' pages:
 * - OpenAI: https://developers.openai.com/api/docs/bots
 * - Anthropic: https://support.anthropic.com (Does Anthropic crawl data from the web …?)
 * - Google: https://developers.google.com/search/docs/crawling-indexing/google-common-crawlers
 * - Apple: https://support.apple.com/en-us/119829
 * - Common Crawl: https://commoncrawl.org/ccbot
 * - Meta: https://developers.facebook.com/docs/sharing/webmasters/web-crawlers
 * - Perplexity: https://docs.perplexity.ai/guides/bots
 * - Amazon: https://developer.amazon.com/amazonbot
 * - ByteDance, Cohere and others: https://github.com/ai-robots-txt/ai.robots.txt
 * Add a crawler by its token, one a line, with its operator; tokens match case-insensitively.
 */
export const AI_CRAWLERS: readonly string[] = [
  "GPTBot", // OpenAI: model training
  "ClaudeBot", // Anthropic: model training
  "anthropic-ai", // Anthropic: the older token
  "Google-Extended", // Google: Gemini training, not Search
  "Applebot-Extended", // Apple: Apple Intelligence training, not search
  "CCBot", // Common Crawl: a dataset most models are trained on
  "meta-externalagent", // Meta: model training
  "FacebookBot", // Meta: speech-recognition training
  "Bytespider", // ByteDance: model training
  "cohere-ai", // Cohere
  "cohere-training-data-crawler", // Cohere: model training
  "Amazonbot", // Amazon: model training and Alexa
  "Diffbot", // Diffbot: a knowledge graph sold for training
  "AI2Bot", // Allen Institute for AI: open training datasets
  "Timpibot", // Timpi: an index sold for training
  "omgili", // Webz.io: datasets sold for training
  "ImagesiftBot", // Hive: image datasets
];
