package org.flextime.identity.users;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.flextime.identity.IdentityProperties;
import org.flextime.identity.issuer.Tokens;
import org.flextime.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * At the first start, creates the {@code admin} account and writes its password to {@code admin.password}; at every
 * start, makes sure {@code admin.token} holds a token valid for at least a day more. Both files are readable by their
 * owner only. The password is shown once on an interactive console and never logged.
 */
public class FirstAdmin implements ApplicationRunner {

    /** The first admin's user name. */
    public static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final Duration RENEW_WITHIN = Duration.ofDays(1);
    private final UserAccounts accounts;
    private final Tokens tokens;
    private final JWKSource<SecurityContext> keys;
    private final IdentityProperties settings;
    private final Clock clock;

    /** The first admin among {@code accounts}, files under the configured data folder. */
    public FirstAdmin(UserAccounts accounts, Tokens tokens, JWKSource<SecurityContext> keys, IdentityProperties settings, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path dir = settings.dataDir();
        if (accounts.none()) {
            String password = accounts.create(NAME, Role.ADMIN);
            writeOwnerOnly(dir.resolve("admin.password"), password);
            log.info("created the first admin '{}'; its password is in {} (readable by its owner only)", NAME, dir.resolve("admin.password"));
            if (System.console() != null) {
                System.console().printf("FlexTime: the first admin is '%s' with password %s (also in %s)%n", NAME, password,
                        dir.resolve("admin.password"));
            }
        }
        Path tokenFile = dir.resolve("admin.token");
        if (!stillValid(tokenFile)) {
            writeOwnerOnly(tokenFile, tokens.issue(NAME, Role.ADMIN, settings.adminTokenLifetime()).token());
            log.info("issued the admin token into {} (readable by its owner only)", tokenFile);
        }
    }

    /** Whether the token in {@code file} is signed by a published key and valid for at least another day. */
    private boolean stillValid(Path file) {
        if (!Files.isReadable(file)) {
            return false;
        }
        try {
            Jwt token = NimbusJwtDecoder.withJwkSource(keys).build().decode(Files.readString(file).trim());
            return token.getExpiresAt() != null && token.getExpiresAt().isAfter(clock.instant().plus(RENEW_WITHIN));
        } catch (IOException | JwtException e) {
            return false;
        }
    }

    private static void writeOwnerOnly(Path file, String secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
