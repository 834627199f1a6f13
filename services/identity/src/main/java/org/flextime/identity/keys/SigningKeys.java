package org.flextime.identity.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RSA keys tokens are signed with, kept in the identity schema so tokens outlive a restart. The newest key signs;
 * every stored key is published, so tokens signed before a rotation stay valid until they expire or their key is deleted.
 */
public class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** The keys in {@code jdbc}'s {@code signing_keys} table. */
    public SigningKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the first key when there is none. */
    public void ensureOne() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM signing_keys", Integer.class);
        if (count == null || count == 0) {
            rotate();
        }
    }

    /** Adds a new key, which signs from now on; returns its key id. */
    public String rotate() {
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        Base64.Encoder base64 = Base64.getEncoder();
        jdbc.update("INSERT INTO signing_keys (kid, private_key, public_key, created_at) VALUES (?, ?, ?, ?)", kid,
                base64.encodeToString(pair.getPrivate().getEncoded()), base64.encodeToString(pair.getPublic().getEncoded()),
                Timestamp.from(clock.instant()));
        return kid;
    }

    /** The key id of the key that signs. */
    public String currentKid() {
        return jdbc.queryForObject("SELECT kid FROM signing_keys ORDER BY created_at DESC, kid LIMIT 1", String.class);
    }

    /** The signing key with its private part, and the older ones public only. */
    public JWKSet jwkSet() {
        List<JWK> keys = new ArrayList<>();
        jdbc.query("SELECT kid, private_key, public_key FROM signing_keys ORDER BY created_at DESC, kid", rs -> {
            RSAKey.Builder key = new RSAKey.Builder(publicKey(rs.getString("public_key"))).keyID(rs.getString("kid"));
            if (keys.isEmpty()) {
                key.privateKey(privateKey(rs.getString("private_key")));
            }
            keys.add(key.build());
        });
        return new JWKSet(keys);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKey(String encoded) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("a stored public key is unreadable", e);
        }
    }

    private static RSAPrivateKey privateKey(String encoded) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("a stored private key is unreadable", e);
        }
    }
}
