package dev.inkstone.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A bearer token, known only by the SHA-256 of its value. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 16)
    @Convert(converter = RoleConverter.class)
    public Role role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
