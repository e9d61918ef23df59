/**
 * The year of this build, in UTC: the footer's „© <year>“. Every page's `cacheKey` holds
 * it, so the first build of a new year renews the footer of every page.
 */
export const BUILD_YEAR = new Date().getUTCFullYear();
