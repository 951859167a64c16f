#include "CCmarkArena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// Every allocation is preceded by its size, for realloc, and aligned as
/// malloc aligns.
enum { ALIGNMENT = 16, HEADER = 16, BLOCK_SIZE = 256 * 1024 };

typedef struct Block {
    struct Block *previous;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char bytes[];
} Block;

typedef struct {
    Block *current;
    /// The start of the newest allocation, which realloc can grow in place.
    unsigned char *last;
} Arena;

static _Thread_local Arena arena;

static void *allocate(size_t size) {
    size_t needed = (HEADER + size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
    Block *block = arena.current;
    if (block == NULL || block->used + needed > block->size) {
        size_t capacity = needed > BLOCK_SIZE ? needed : BLOCK_SIZE;
        Block *fresh = malloc(sizeof(Block) + capacity);
        if (fresh == NULL) abort();
        fresh->previous = block;
        fresh->size = capacity;
        fresh->used = 0;
        arena.current = block = fresh;
    }
    unsigned char *start = block->bytes + block->used + HEADER;
    block->used += needed;
    memcpy(start - HEADER, &size, sizeof size);
    arena.last = start;
    return start;
}

static size_t size_of(const void *pointer) {
    size_t size;
    memcpy(&size, (const unsigned char *)pointer - HEADER, sizeof size);
    return size;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *pointer = allocate(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return allocate(size);
    size_t old = size_of(pointer);
    Block *block = arena.current;
    // cmark's buffers grow by doubling; the newest one grows where it is.
    if (pointer == arena.last) {
        size_t offset = (unsigned char *)pointer - block->bytes;
        size_t needed = (offset + size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
        if (needed <= block->size) {
            block->used = needed;
            memcpy((unsigned char *)pointer - HEADER, &size, sizeof size);
            return pointer;
        }
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

cmark_mem *slimmer_cmark_arena(void) { return &allocator; }

void slimmer_cmark_arena_reset(void) {
    Block *block = arena.current;
    if (block == NULL) return;
    // Keep the first block, and only when it is the standard size: one huge
    // document should not pin its memory for the rest of the build.
    while (block->previous != NULL) {
        Block *previous = block->previous;
        free(block);
        block = previous;
    }
    if (block->size > BLOCK_SIZE) {
        free(block);
        block = NULL;
    }
    if (block != NULL) block->used = 0;
    arena.current = block;
    arena.last = NULL;
}
