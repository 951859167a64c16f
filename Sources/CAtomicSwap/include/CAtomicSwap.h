#ifndef C_ATOMIC_SWAP_H
#define C_ATOMIC_SWAP_H

/// Exchanges two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS where unsupported).
int slimmer_exchange_paths(const char *first, const char *second);

#endif
