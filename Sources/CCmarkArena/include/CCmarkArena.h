#ifndef C_CMARK_ARENA_H
#define C_CMARK_ARENA_H

#include <cmark.h>

/// A cmark allocator that hands out memory from a per-thread arena and never
/// frees single blocks: a parse allocates a node per inline and block, and
/// malloc and free for them cost more than cmark's own parsing.
///
/// Everything allocated through it (nodes, the parser, the rendered HTML) is
/// valid until `slimmer_cmark_arena_reset` on the same thread.
cmark_mem *slimmer_cmark_arena(void);

/// Releases everything the calling thread's arena handed out, keeping one
/// block for the next document.
void slimmer_cmark_arena_reset(void);

#endif
