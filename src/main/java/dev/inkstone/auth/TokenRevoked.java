package dev.inkstone.auth;

/** A token was deleted; observed after the transaction commits. */
record TokenRevoked(long id) {
}
