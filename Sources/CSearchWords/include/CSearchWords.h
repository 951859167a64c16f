#ifndef C_SEARCH_WORDS_H
#define C_SEARCH_WORDS_H

#include <stddef.h>
#include <stdint.h>

/// The distinct words of a text in order of first appearance, kept one after
/// the other (space-separated) in one buffer: the scanning and the set behind
/// `WordSet` and `SearchText.distinctWords`, which were a tenth of a build in Swift.
typedef struct slimmer_word_set slimmer_word_set;

/// A set that takes at most `limit` words, sized for about `expected`; NULL when out of memory.
slimmer_word_set *slimmer_word_set_create(size_t expected, size_t limit);
void slimmer_word_set_destroy(slimmer_word_set *set);

/// Adds `word`: 1 when added; 0 when it was there, the set is full, the word
/// is empty or memory ran out.
int slimmer_word_set_insert(slimmer_word_set *set, const uint8_t *word, size_t length);

size_t slimmer_word_set_count(const slimmer_word_set *set);

/// The words, separated by spaces; valid until the next insert or scan.
const uint8_t *slimmer_word_set_text(const slimmer_word_set *set, size_t *length);

/// Scans `text[*position ..< count]`, where `*position` is not inside a word
/// and 64 zero bytes follow `count`. A word is a run of ASCII letters and
/// digits and of bytes from 0x80; its ASCII letters are lowercased in place.
/// Inserts every all-ASCII word until the set is full or the text ends
/// (returns 0), or stops at a word with other bytes (returns 1, with the word
/// in `*start ..< *end` and `*position` after it), for the caller to fold.
int slimmer_words_scan(
    slimmer_word_set *set, uint8_t *text, size_t count, size_t *position, size_t *start, size_t *end);

#endif
