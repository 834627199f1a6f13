package org.flextime.constraints.robinx;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.flextime.domain.Format;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Window;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Br2;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Ca2;
import org.flextime.rules.robinx.Ca3;
import org.flextime.rules.robinx.Ca4;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.CountMode;
import org.flextime.rules.robinx.Fa2;
import org.flextime.rules.robinx.Ga1;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Meeting;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Se1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an imported RobinX instance lives in the rule catalog. The instance is its own season (id
 * {@code robinx:NAME}) with one sport, {@value #SPORT}, whose participants are the instance's teams by code and
 * whose window holds one day per slot: slot s is day {@link #FIRST_DAY} + s. Each RobinX constraint becomes one
 * catalog {@code robinx} rule (id {@code <family>-<position>}, e.g. {@code ca1-3}), HARD or SOFT, its penalty the
 * rule's weight; the mapping back is exact, so an exported instance scores every solution as the original does.
 */
public final class RobinxMapping {

    /** The sport code of every imported instance. */
    public static final String SPORT = org.flextime.contracts.api.RobinxInstances.SPORT;
    /** The prefix of imported instance ids (which are also their season and constraint-set ids). */
    public static final String ID_PREFIX = org.flextime.contracts.api.RobinxInstances.ID_PREFIX;
    /** The day slot 0 stands for; slot s is this day plus s. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);

    private static final Pattern CODE = Pattern.compile("^[A-Z]{2,6}$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<String> codes;
    private final int slotCount;

    /** The mapping of an instance with these team codes (index = RobinX team id) and this many slots. */
    public RobinxMapping(List<String> codes, int slotCount) {
        this.codes = List.copyOf(codes);
        this.slotCount = slotCount;
    }

    /**
     * Team codes for RobinX team names: the names themselves when every one is already a code (2-6 capital
     * letters, all different, e.g. NL's ATL, NYM), else T + two letters by id (TAA, TAB, ...).
     */
    public static List<String> codesFor(List<String> names) {
        Set<String> distinct = new HashSet<>(names);
        if (distinct.size() == names.size() && names.stream().allMatch(n -> CODE.matcher(n).matches())) {
            return List.copyOf(names);
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            codes.add(letters(i));
        }
        return codes;
    }

    private static String letters(int i) {
        // T + base-26 with at least two letters: TAA..TZZ, then TBAA.. (beyond 676 teams, which RobinX never has)
        StringBuilder sb = new StringBuilder();
        int n = i;
        do {
            sb.insert(0, (char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        while (sb.length() < 2) {
            sb.insert(0, 'A');
        }
        return "T" + sb;
    }

    /** The team codes by id. */
    public List<String> codes() {
        return codes;
    }

    /** The date a slot stands for. */
    public static String date(int slot) {
        return FIRST_DAY.plusDays(slot).toString();
    }

    /** The one-sport season of an imported instance. */
    public Season season(String id, String name) {
        int teams = codes.size();
        Format format = new Format(Format.Kind.ROUND_ROBIN, Math.max(0, 2 * (teams - 1)), teams - 1, 0, Optional.empty(), 0,
                List.of(), 0, 0, 0, 0, 0);
        Window window = new Window(FIRST_DAY, FIRST_DAY.plusDays(Math.max(0, slotCount - 1L)), EnumSet.allOf(DayOfWeek.class),
                EnumSet.noneOf(DayOfWeek.class), Map.of(), Map.of());
        Sport sport = new Sport(SPORT, name, codes, format, window, Optional.empty(), List.of(), List.of());
        return new Season(id, "RobinX", Map.of(), List.of(sport), List.of(), List.of(), null);
    }

    /** The catalog rule of the constraint at this position (0-based) of the instance. */
    public RuleDefinition toRule(RobinxConstraint c, int position) {
        ObjectNode p = NODES.objectNode();
        p.put("constraint", c.family());
        if (c instanceof Ca1 x) {
            teams(p, "teams", x.teams());
            slots(p, x.slots());
            bounds(p, x.min(), x.max());
            p.put("mode", x.mode().name());
        } else if (c instanceof Ca2 x) {
            teams(p, "teams1", x.teams1());
            teams(p, "teams2", x.teams2());
            slots(p, x.slots());
            bounds(p, x.min(), x.max());
            p.put("mode1", x.mode1().name());
        } else if (c instanceof Ca3 x) {
            teams(p, "teams1", x.teams1());
            teams(p, "teams2", x.teams2());
            p.put("intp", x.intp());
            bounds(p, x.min(), x.max());
            p.put("mode1", x.mode1().name());
        } else if (c instanceof Ca4 x) {
            teams(p, "teams1", x.teams1());
            teams(p, "teams2", x.teams2());
            slots(p, x.slots());
            bounds(p, x.min(), x.max());
            p.put("mode1", x.mode1().name());
            p.put("mode2", x.mode2().name());
        } else if (c instanceof Ga1 x) {
            ArrayNode meetings = p.putArray("meetings");
            for (Meeting m : x.meetings()) {
                meetings.addObject().put("home", codes.get(m.home())).put("away", codes.get(m.away()));
            }
            slots(p, x.slots());
            bounds(p, x.min(), x.max());
        } else if (c instanceof Br1 x) {
            teams(p, "teams", x.teams());
            slots(p, x.slots());
            p.put("intp", x.intp());
            p.put("mode1", x.mode1().name());
            p.put("mode2", x.mode2().name());
        } else if (c instanceof Br2 x) {
            teams(p, "teams", x.teams());
            slots(p, x.slots());
            p.put("intp", x.intp());
            p.put("homeMode", x.homeMode().name());
            p.put("mode2", x.mode2().name());
        } else if (c instanceof Fa2 x) {
            teams(p, "teams", x.teams());
            slots(p, x.slots());
            p.put("intp", x.intp());
            p.put("mode", x.mode().name());
        } else if (c instanceof Se1 x) {
            teams(p, "teams", x.teams());
            bounds(p, x.min(), x.max());
        } else {
            throw new IllegalArgumentException(c.family() + " is not an ITC2021 family");
        }
        Severity severity = c.type() == ConstraintType.HARD ? Severity.HARD : Severity.SOFT;
        return new RuleDefinition(c.family().toLowerCase(Locale.ROOT), "robinx", severity, c.penalty(), p);
    }

    /**
     * The catalog rules of an instance's constraints, in order. A rule's id is its family and a digest of its
     * content ({@code ca1-3f09a2c1}), so re-importing an edited instance changes the ids of the edited constraints
     * only and a diff of two versions shows just those; identical constraints get {@code -2}, {@code -3}, ...
     */
    public List<RuleDefinition> toRules(List<RobinxConstraint> constraints) {
        List<RuleDefinition> rules = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < constraints.size(); i++) {
            RuleDefinition r = toRule(constraints.get(i), i);
            String digest = org.flextime.rules.ConstraintSetDocument.sha256(r.severity() + "|" + r.weight() + "|" + canonical(r.params()));
            String id = r.kind().equals("robinx") ? r.id() + "-" + digest.substring(0, 8) : r.id();
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            rules.add(new RuleDefinition(unique, r.kind(), r.severity(), r.weight(), r.params()));
        }
        return rules;
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            java.util.Collections.sort(names);
            StringBuilder sb = new StringBuilder("{");
            for (String n : names) {
                sb.append(n).append(':').append(canonical(node.get(n))).append(',');
            }
            return sb.append('}').toString();
        }
        return node.toString();
    }

    /**
     * The RobinX constraint of a catalog rule, with {@code line} as its line; the defaults are those of the
     * catalog's {@code robinx} kind. A rule of another kind has no RobinX form: {@link IllegalArgumentException}.
     */
    public RobinxConstraint toConstraint(RuleDefinition d, int line) {
        if (!"robinx".equals(d.kind())) {
            throw new IllegalArgumentException("rule " + d.id() + " is a " + d.kind() + " rule, which has no RobinX form");
        }
        JsonNode p = d.params();
        ConstraintType type = d.severity() == Severity.HARD ? ConstraintType.HARD : ConstraintType.SOFT;
        int w = d.weight();
        int min = integer(p, "min", 0);
        int max = integer(p, "max", RobinxConstraint.UNBOUNDED);
        String family = text(p, "constraint", "").toUpperCase(Locale.ROOT);
        return switch (family) {
            case "CA1" -> new Ca1(teams(p, "teams"), slots(p), min, max, mode(p, "mode", "H"), type, w, line);
            case "CA2" -> new Ca2(teams(p, "teams1"), teams(p, "teams2"), slots(p), min, max, mode(p, "mode1", "HA"), type, w, line);
            case "CA3" -> new Ca3(teams(p, "teams1"), teams(p, "teams2"), integer(p, "intp", 0), min, max, mode(p, "mode1", "HA"),
                    type, w, line);
            case "CA4" -> new Ca4(teams(p, "teams1"), teams(p, "teams2"), slots(p), min, max, mode(p, "mode1", "HA"),
                    CountMode.valueOf(text(p, "mode2", "GLOBAL").toUpperCase(Locale.ROOT)), type, w, line);
            case "GA1" -> new Ga1(meetings(p), slots(p), min, max, type, w, line);
            case "BR1" -> new Br1(teams(p, "teams"), slots(p), integer(p, "intp", 0),
                    Comparison.valueOf(text(p, "mode1", "LEQ").toUpperCase(Locale.ROOT)), mode(p, "mode2", "HA"), type, w, line);
            case "BR2" -> new Br2(teams(p, "teams"), slots(p), integer(p, "intp", 0), mode(p, "homeMode", "HA"),
                    Comparison.valueOf(text(p, "mode2", "LEQ").toUpperCase(Locale.ROOT)), type, w, line);
            case "FA2" -> new Fa2(teams(p, "teams"), slots(p), integer(p, "intp", 0), mode(p, "mode", "H"), type, w, line);
            case "SE1" -> new Se1(teams(p, "teams"), min, max, type, w, line);
            default -> throw new IllegalArgumentException("rule " + d.id() + ": unsupported RobinX family '" + family + "'");
        };
    }

    private void teams(ObjectNode p, String name, List<Integer> ids) {
        ArrayNode a = p.putArray(name);
        ids.forEach(i -> a.add(codes.get(i)));
    }

    private static void slots(ObjectNode p, List<Integer> ids) {
        ArrayNode a = p.putArray("slots");
        ids.forEach(s -> a.add(date(s)));
    }

    private static void bounds(ObjectNode p, int min, int max) {
        p.put("min", min);
        if (max != RobinxConstraint.UNBOUNDED) {
            p.put("max", max);
        }
    }

    private List<Integer> teams(JsonNode p, String name) {
        List<Integer> ids = new ArrayList<>();
        JsonNode list = p.get(name);
        if (list != null) {
            for (JsonNode code : list) {
                int id = codes.indexOf(code.asString());
                if (id < 0) {
                    throw new IllegalArgumentException(name + " names unknown team '" + code.asString() + "'");
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private List<Integer> slots(JsonNode p) {
        List<Integer> ids = new ArrayList<>();
        JsonNode list = p.get("slots");
        if (list != null) {
            for (JsonNode day : list) {
                try {
                    long slot = ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.parse(day.asString()));
                    if (slot < 0 || slot >= slotCount) {
                        throw new IllegalArgumentException("slots names day " + day.asString() + ", which is no slot");
                    }
                    ids.add((int) slot);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("slots names '" + day.asString() + "', which is not a date");
                }
            }
        }
        return ids;
    }

    private List<Meeting> meetings(JsonNode p) {
        List<Meeting> out = new ArrayList<>();
        JsonNode list = p.get("meetings");
        if (list != null) {
            for (JsonNode m : list) {
                out.add(new Meeting(codes.indexOf(m.get("home").asString()), codes.indexOf(m.get("away").asString())));
            }
        }
        return out;
    }

    private static HomeAwayMode mode(JsonNode p, String name, String fallback) {
        return HomeAwayMode.valueOf(text(p, name, fallback).toUpperCase(Locale.ROOT));
    }

    private static int integer(JsonNode p, String name, int fallback) {
        JsonNode v = p.get(name);
        return v == null || !v.isIntegralNumber() ? fallback : v.asInt();
    }

    private static String text(JsonNode p, String name, String fallback) {
        JsonNode v = p.get(name);
        return v == null || v.isNull() ? fallback : v.asString();
    }
}
