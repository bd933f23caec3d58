package dev.inkstone.auth;

import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.time.Timestamps;

/** Issues, checks and revokes bearer tokens. */
@ApplicationScoped
@Transactional
public class TokenService {

    /** The API keeps at most this many tokens, so the list is bounded. */
    static final int MAX_TOKENS = 1000;

    private final TokenRepository tokens;
    private final InstantSource clock;
    private final Event<TokenRevoked> revoked;

    TokenService(TokenRepository tokens, InstantSource clock, Event<TokenRevoked> revoked) {
        this.clock = clock;
        this.revoked = revoked;
        this.tokens = tokens;
    }

    /** Who holds a presented token: its name and role, if it is one of ours. */
    public record Holder(String name, Role role) {
    }

    /** The holder of the token with this hash ({@link TokenHashes#hash}), if it is one of ours. */
    public Optional<Holder> holderOfHash(String hash) {
        return tokens.findByHash(hash).map(t -> new Holder(t.name, t.role));
    }

    public List<TokenView> list() {
        return tokens.findAll(Sort.by("id")).range(0, MAX_TOKENS - 1).list().stream().map(TokenView::of).toList();
    }

    public TokenCreated create(TokenInput input) {
        if (tokens.count() >= MAX_TOKENS) {
            throw ApiException.conflict("too-many-tokens", "At most " + MAX_TOKENS + " tokens exist at once", null);
        }
        String value = TokenHashes.newToken();
        ApiToken token = store(input.name(), input.role(), value);
        return new TokenCreated(token.id, token.name, token.role, token.createdAt, value);
    }

    public void delete(long id) {
        ApiToken token = tokens.findById(id);
        if (token == null) {
            throw ApiException.notFound("Token " + id + " does not exist");
        }
        if (token.role == Role.ADMIN && tokens.countAdmins() <= 1) {
            throw ApiException.conflict("last-admin-token", "The last admin token cannot be revoked", null);
        }
        tokens.delete(token);
        revoked.fire(new TokenRevoked(id));
    }

    /** Creates the first admin token when there is none; true when it did. */
    boolean bootstrap(String value) {
        if (tokens.count() > 0) {
            return false;
        }
        store("bootstrap admin", Role.ADMIN, value);
        return true;
    }

    private ApiToken store(String name, Role role, String value) {
        ApiToken token = new ApiToken();
        token.name = name;
        token.role = role;
        token.tokenHash = TokenHashes.hash(value);
        token.createdAt = Timestamps.normalize(clock.instant());
        tokens.persist(token);
        return token;
    }
}
