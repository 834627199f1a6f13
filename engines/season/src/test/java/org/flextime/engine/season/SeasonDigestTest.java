package org.flextime.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the generator's output for every sport of the 2025-26 season: the games of {@link SeasonGenerator#generate}
 * and the meetings of {@link SeasonGenerator#draft} for a fixed seed, as a SHA-256 of their sorted lines. A change
 * of any digest is a change of behaviour, so a refactor must leave them all alone.
 */
class SeasonDigestTest {
    private static final Season SEASON = SeasonCatalog.bundled().find("2025-26").orElseThrow();
    private static final long SEED = 2025;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "FB,   e130231e0b115d53d9dc4579aa47e979d0196710a86489f8d9382056110ce6c7",
            "MBB,  6e70ca035beadd658fe3bca50580a44d26e263f278f93d22275a6d91ed4cf31d",
            "WBB,  36de63439407a191623f709494c018a822c386ce0d6e0c91b9a1f2488fc762b5",
            "VB,   0b291f53805d683944a0c3ea214a785e4770e3a02f41421966580852fe9c8905",
            "SOC,  813566fa8f0f6486793837decb8d69e6a71f85c2132e7562c17a46a33664dabe",
            "BSB,  0b55b4a6003de658e2ef0dc8e06f6e28fe2589467aed8fc58ba3be7ed11711c4",
            "SB,   2d93021808d16f4ad44624ab3a5a8a684bcdadbdaa485e8e5ab9b0298c078340",
            "MTEN, b4b7779608bc0f644274aa0fc9c638ac0a576be5000fad6bef04d5598a3ee5bf",
            "WTEN, adda83e03ae8959e71774d9ffa33195501f7ef18f46228cd55a582fc1b316619",
    })
    void theGeneratedSeasonOfEverySportIsUnchanged(String code, String digest) {
        Sport sport = SEASON.sport(code).orElseThrow();
        SeasonGenerator generator = new SeasonGenerator();
        List<String> lines = new ArrayList<>();
        for (Game g : generator.generate(SEASON, sport, SEED)) {
            lines.add("game," + g.id() + "," + g.date() + "," + g.home() + "," + g.away() + "," + g.venue());
        }
        SeasonDraft draft = generator.draft(SEASON, sport, SEED);
        for (int slot = 0; slot < draft.slotDates().size(); slot++) {
            lines.add("slot," + slot + "," + draft.slotDates().get(slot));
        }
        for (SeasonDraft.Meeting m : draft.meetings()) {
            lines.add("meeting," + m.slot() + "," + m.home() + "," + m.away());
        }
        assertThat(sha256(lines)).as("%s digest", code).isEqualTo(digest);
    }

    private static String sha256(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
