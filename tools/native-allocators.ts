/**
 * The allocators inside the native programs a build runs, told to keep the memory they
 * free (docs/decisions/119). resvg (the share cards) and Astro's bundler and compiler
 * allocate with mimalloc, Pagefind with jemalloc; both hand freed pages back to the
 * system within milliseconds, and the next card or page takes them again at once, each
 * time through a page fault. Faults are dear on the virtual machines builds run on, and
 * the drawing and the index spent a large part of their time in them. Each process keeps
 * at most its own peak, and ends with its step.
 *
 * Which allocator a package uses is its own build choice, not its API:
 * `tests/unit/native-allocators.test.ts` asks the installed packages' allocators to print
 * their options, so that an update that no longer reads these settings is noticed.
 */

/** mimalloc: never purge freed pages (its `purge_delay` option, -1 = never). */
const MIMALLOC = { MIMALLOC_PURGE_DELAY: "-1" } as const;

/**
 * jemalloc as Rust's `tikv-jemallocator` builds it (prefixed, hence `_RJEM_`): keep dirty
 * and muzzy pages instead of decaying them back to the system.
 */
const JEMALLOC = { _RJEM_MALLOC_CONF: "dirty_decay_ms:-1,muzzy_decay_ms:-1" } as const;

/** `env` with both allocators told to keep freed memory; an operator's own setting wins. */
export function keepFreedMemory(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...MIMALLOC, ...JEMALLOC, ...env };
}
