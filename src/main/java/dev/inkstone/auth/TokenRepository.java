package dev.inkstone.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Token lookups; by hash through uq_api_token_token_hash. */
@ApplicationScoped
class TokenRepository implements PanacheRepositoryBase<ApiToken, Long> {

    Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    long countAdmins() {
        return count("role", Role.ADMIN);
    }
}
