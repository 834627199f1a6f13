package org.flextime.identity.users;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flextime.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people who sign in, each with one role; passwords are generated here and stored only as hashes. */
public class UserAccounts implements UserDetailsService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 24;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder hashes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The accounts in {@code jdbc}'s {@code users} table, hashed with {@code hashes}. */
    public UserAccounts(JdbcTemplate jdbc, PasswordEncoder hashes, Clock clock) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** An account: its name and role. */
    public record Account(String name, Role role) {
    }

    /** Whether nobody has an account yet (the first start). */
    public boolean none() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM users", Integer.class);
        return count == null || count == 0;
    }

    /**
     * Creates an account with a generated password and returns the password, the only time it is known in clear.
     *
     * @throws DuplicateKeyException when the name is taken
     */
    public String create(String name, Role role) {
        String password = generatePassword();
        jdbc.update("INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)", name, hashes.encode(password),
                role.claim(), Timestamp.from(clock.instant()));
        return password;
    }

    /** One account, if it exists. */
    public Optional<Account> find(String name) {
        return jdbc.query("SELECT name, role FROM users WHERE name = ?",
                (rs, i) -> new Account(rs.getString("name"), Role.fromClaim(rs.getString("role")).orElseThrow()), name).stream().findFirst();
    }

    /** Every account, by name. */
    public List<Account> all() {
        return jdbc.query("SELECT name, role FROM users ORDER BY name",
                (rs, i) -> new Account(rs.getString("name"), Role.fromClaim(rs.getString("role")).orElseThrow()));
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return jdbc.query("SELECT name, password_hash, role FROM users WHERE name = ?",
                (rs, i) -> User.withUsername(rs.getString("name")).password(rs.getString("password_hash"))
                        .roles(rs.getString("role").toUpperCase(java.util.Locale.ROOT)).build(), name)
                .stream().findFirst().orElseThrow(() -> new UsernameNotFoundException("no user " + name));
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
