#include "CSearchWords.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct {
    uint64_t hash;
    /// The first eight bytes, zero-padded: with the hash and the length, a
    /// short word is told apart without comparing bytes.
    uint64_t prefix;
    /// Bytes 8 to 16, zero-padded: words up to 16 bytes never need memcmp.
    uint64_t second;
    uint32_t start;
    uint32_t length;
} entry;

struct slimmer_word_set {
    entry *entries;
    size_t count;
    size_t limit;
    size_t entry_capacity;
    int32_t *slots;
    size_t slot_count;
    uint8_t *text;
    size_t text_length;
    size_t text_capacity;
};

static uint64_t mix(uint64_t value) {
    value *= 0x9E3779B97F4A7C15ull;
    return value ^ (value >> 29);
}

static uint64_t load64(const uint8_t *bytes) {
    uint64_t value;
    memcpy(&value, bytes, 8);
    return value;
}

/// The first `length` (at most eight) bytes, read without going past them.
static uint64_t prefix_of(const uint8_t *word, size_t length) {
    uint64_t value = 0;
    memcpy(&value, word, length < 8 ? length : 8);
    return value;
}

/// Both mixes for every word, `second` being zero for a short one: without
/// the branch on the length, scanning the 10,000-page corpus's text took 133
/// ms instead of 160 (words of more than 8 bytes come and go unpredictably).
static uint64_t hash_of(const uint8_t *word, size_t length, uint64_t prefix, uint64_t second) {
    uint64_t hash = mix(mix(prefix ^ ((uint64_t)length << 56)) ^ second);
    for (size_t offset = 16; offset < length; offset += 8) {
        size_t part = length - offset < 8 ? length - offset : 8;
        hash = mix(hash ^ prefix_of(word + offset, part));
    }
    return hash;
}

static size_t power_of_two_at_least(size_t value) {
    size_t result = 16;
    while (result < value) result *= 2;
    return result;
}

slimmer_word_set *slimmer_word_set_create(size_t expected, size_t limit) {
    slimmer_word_set *set = calloc(1, sizeof(slimmer_word_set));
    if (!set) return NULL;
    set->limit = limit;
    set->entry_capacity = expected < 16 ? 16 : expected;
    set->slot_count = power_of_two_at_least(set->entry_capacity * 2);
    set->text_capacity = set->entry_capacity * 8;
    set->entries = malloc(set->entry_capacity * sizeof(entry));
    set->slots = malloc(set->slot_count * sizeof(int32_t));
    set->text = malloc(set->text_capacity);
    if (!set->entries || !set->slots || !set->text) {
        slimmer_word_set_destroy(set);
        return NULL;
    }
    memset(set->slots, 0xFF, set->slot_count * sizeof(int32_t));
    return set;
}

void slimmer_word_set_destroy(slimmer_word_set *set) {
    if (!set) return;
    free(set->entries);
    free(set->slots);
    free(set->text);
    free(set);
}

size_t slimmer_word_set_count(const slimmer_word_set *set) { return set->count; }

const uint8_t *slimmer_word_set_text(const slimmer_word_set *set, size_t *length) {
    *length = set->text_length;
    return set->text;
}

static int grow(slimmer_word_set *set) {
    size_t slot_count = set->slot_count * 2;
    int32_t *slots = malloc(slot_count * sizeof(int32_t));
    if (!slots) return 0;
    memset(slots, 0xFF, slot_count * sizeof(int32_t));
    for (size_t index = 0; index < set->count; index++) {
        size_t slot = (size_t)(set->entries[index].hash >> 7) & (slot_count - 1);
        while (slots[slot] >= 0) slot = (slot + 1) & (slot_count - 1);
        slots[slot] = (int32_t)index;
    }
    free(set->slots);
    set->slots = slots;
    set->slot_count = slot_count;
    return 1;
}

static int reserve(void **buffer, size_t *capacity, size_t needed, size_t size) {
    if (needed <= *capacity) return 1;
    size_t grown = *capacity * 2 > needed ? *capacity * 2 : needed;
    void *moved = realloc(*buffer, grown * size);
    if (!moved) return 0;
    *buffer = moved;
    *capacity = grown;
    return 1;
}

static inline __attribute__((always_inline)) int insert(
    slimmer_word_set *set, const uint8_t *word, size_t length, uint64_t prefix, uint64_t second, uint64_t hash) {
    if (set->count >= set->limit) return 0;
    if ((set->count + 1) * 2 > set->slot_count && !grow(set)) return 0;
    size_t mask = set->slot_count - 1;
    size_t slot = (size_t)(hash >> 7) & mask;
    while (set->slots[slot] >= 0) {
        const entry *other = &set->entries[set->slots[slot]];
        if (other->hash == hash && other->prefix == prefix && other->second == second && other->length == length
            && (length <= 16 || memcmp(set->text + other->start + 16, word + 16, length - 16) == 0)) {
            return 0;
        }
        slot = (slot + 1) & mask;
    }
    size_t separator = set->text_length > 0 ? 1 : 0;
    if (!reserve((void **)&set->text, &set->text_capacity, set->text_length + separator + length, 1)
        || !reserve((void **)&set->entries, &set->entry_capacity, set->count + 1, sizeof(entry))) {
        return 0;
    }
    if (separator) set->text[set->text_length++] = ' ';
    memcpy(set->text + set->text_length, word, length);
    set->entries[set->count] = (entry){hash, prefix, second, (uint32_t)set->text_length, (uint32_t)length};
    set->text_length += length;
    set->slots[slot] = (int32_t)set->count;
    set->count += 1;
    return 1;
}

int slimmer_word_set_insert(slimmer_word_set *set, const uint8_t *word, size_t length) {
    if (length == 0) return 0;
    uint64_t prefix = prefix_of(word, length);
    uint64_t second = length > 8 ? prefix_of(word + 8, length - 8) : 0;
    return insert(set, word, length, prefix, second, hash_of(word, length, prefix, second));
}

/// Bit i of `*word` is set when byte i is part of a word (an ASCII letter or
/// digit, or 0x80 and up), of `*high` when it is 0x80 and up. Lowercases the
/// 64 bytes' ASCII letters in place.
static void classify64(uint8_t *bytes, uint64_t *word, uint64_t *high) {
#if defined(__SSE2__)
    uint64_t words = 0, highs = 0;
    for (int part = 0; part < 4; part++) {
        __m128i value = _mm_loadu_si128((const __m128i *)(bytes + part * 16));
        __m128i folded = _mm_or_si128(value, _mm_set1_epi8(0x20));
        __m128i letter = _mm_and_si128(
            _mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        __m128i digit = _mm_and_si128(
            _mm_cmpgt_epi8(value, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(value, _mm_set1_epi8('9' + 1)));
        __m128i upper = _mm_and_si128(letter, _mm_cmplt_epi8(value, _mm_set1_epi8('Z' + 1)));
        __m128i top = _mm_cmplt_epi8(value, _mm_setzero_si128());
        if (_mm_movemask_epi8(upper)) {
            _mm_storeu_si128((__m128i *)(bytes + part * 16), _mm_or_si128(value, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
        }
        words |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), top)) << (part * 16);
        highs |= (uint64_t)(uint16_t)_mm_movemask_epi8(top) << (part * 16);
    }
    *word = words;
    *high = highs;
#else
    uint64_t words = 0, highs = 0;
    for (int offset = 0; offset < 64; offset++) {
        uint8_t byte = bytes[offset];
        if (byte >= 'A' && byte <= 'Z') bytes[offset] = byte | 0x20;
        int is_word = byte >= 0x80 || (byte >= '0' && byte <= '9') || ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z');
        words |= (uint64_t)is_word << offset;
        highs |= (uint64_t)(byte >= 0x80) << offset;
    }
    *word = words;
    *high = highs;
#endif
}

static uint64_t low_mask(size_t bits) { return bits >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << bits) - 1); }

/// The length of the word at `start` past the window it filled to the end
/// (`length` bytes so far), and whether any of those further bytes is 0x80 or up.
static size_t extend(uint8_t *start, size_t length, uint64_t *any_high) {
    for (;;) {
        uint64_t word, high;
        classify64(start + length, &word, &high);
        size_t more = word == ~(uint64_t)0 ? 64 : (size_t)__builtin_ctzll(~word);
        *any_high |= high & low_mask(more);
        length += more;
        if (more < 64) return length;
    }
}

int slimmer_words_scan(
    slimmer_word_set *set, uint8_t *text, size_t count, size_t *position, size_t *start, size_t *end) {
    size_t index = *position;
    while (index < count && set->count < set->limit) {
        uint64_t word, high;
        classify64(text + index, &word, &high);
        size_t next = index + 64;
        // Every word that starts in this window; one that runs past it ends the window there.
        while (word) {
            size_t first = (size_t)__builtin_ctzll(word);
            uint64_t shifted = word >> first;
            size_t length = shifted == ~(uint64_t)0 ? 64 : (size_t)__builtin_ctzll(~shifted);
            uint64_t any_high = (high >> first) & low_mask(length);
            uint8_t *bytes = text + index + first;
            if (first + length == 64) {
                length = extend(bytes, length, &any_high);
                word = 0;
                next = index + first + length;
            } else {
                word &= ~low_mask(first + length);
            }
            if (any_high) {
                *start = index + first;
                *end = index + first + length;
                *position = *end;
                return 1;
            }
            uint64_t prefix = load64(bytes) & low_mask(8 * length);
            uint64_t second = load64(bytes + 8) & low_mask(length > 8 ? 8 * (length - 8) : 0);
            insert(set, bytes, length, prefix, second, hash_of(bytes, length, prefix, second));
            if (set->count >= set->limit) {
                *position = count;
                return 0;
            }
        }
        index = next;
    }
    *position = count;
    return 0;
}
