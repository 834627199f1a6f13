package org.flextime.rules.robinx;

import java.util.ArrayList;
import java.util.List;

/** Turns one constraint element into its {@link RobinxConstraint} record, checking every id. */
final class ConstraintParser {

    private final String source;
    private final Resources resources;

    ConstraintParser(String source, Resources resources) {
        this.source = source;
        this.resources = resources;
    }

    RobinxConstraint parse(XmlElement element) throws RobinxFormatException {
        ElementContext ctx = new ElementContext(source, element);
        return switch (element.name()) {
            case "CA1" -> new Ca1(teams(ctx), resources.slots(ctx), min(ctx), max(ctx),
                    ctx.requiredEnum("mode", HomeAwayMode.class), type(ctx), penalty(ctx), element.line());
            case "CA2" -> {
                expectOptional(ctx, "mode2", "GLOBAL");
                yield new Ca2(teams1(ctx), teams2(ctx), resources.slots(ctx), min(ctx), max(ctx),
                        ctx.requiredEnum("mode1", HomeAwayMode.class), type(ctx), penalty(ctx), element.line());
            }
            case "CA3" -> {
                // "GAMES" counts consecutive games of the team; in a compact schedule those are consecutive slots
                expectOptional(ctx, "mode2", "SLOTS", "GAMES");
                yield new Ca3(teams1(ctx), teams2(ctx), positive(ctx, "intp"), min(ctx), max(ctx),
                        ctx.requiredEnum("mode1", HomeAwayMode.class), type(ctx), penalty(ctx), element.line());
            }
            case "CA4" -> new Ca4(teams1(ctx), teams2(ctx), resources.slots(ctx), min(ctx), max(ctx),
                    ctx.requiredEnum("mode1", HomeAwayMode.class), ctx.requiredEnum("mode2", CountMode.class),
                    type(ctx), penalty(ctx), element.line());
            case "GA1" -> new Ga1(meetings(ctx), resources.slots(ctx), min(ctx), max(ctx),
                    type(ctx), penalty(ctx), element.line());
            case "BR1" -> new Br1(teams(ctx), resources.slots(ctx), ctx.requiredInt("intp"),
                    ctx.optionalEnum("mode1", Comparison.class, Comparison.LEQ),
                    ctx.requiredEnum("mode2", HomeAwayMode.class), type(ctx), penalty(ctx), element.line());
            case "BR2" -> new Br2(teams(ctx), resources.slots(ctx), ctx.requiredInt("intp"),
                    ctx.optionalEnum("homeMode", HomeAwayMode.class, HomeAwayMode.HA),
                    ctx.optionalEnum("mode2", Comparison.class, Comparison.LEQ), type(ctx), penalty(ctx), element.line());
            case "FA2" -> new Fa2(teams(ctx), resources.slots(ctx), ctx.requiredInt("intp"),
                    ctx.optionalEnum("mode", HomeAwayMode.class, HomeAwayMode.H), type(ctx), penalty(ctx), element.line());
            case "SE1" -> {
                expectOptional(ctx, "mode1", "SLOTS");
                yield new Se1(teams(ctx), min(ctx), max(ctx), type(ctx), penalty(ctx), element.line());
            }
            default -> new UnsupportedConstraint(element.name(), element.attributes(),
                    ctx.optionalEnum("type", ConstraintType.class, ConstraintType.HARD),
                    ctx.optionalInt("penalty", 1), element.line());
        };
    }

    private List<Integer> teams(ElementContext ctx) throws RobinxFormatException {
        return resources.teams(ctx, "teams", "teamGroups");
    }

    private List<Integer> teams1(ElementContext ctx) throws RobinxFormatException {
        return resources.teams(ctx, "teams1", "teamGroups1");
    }

    private List<Integer> teams2(ElementContext ctx) throws RobinxFormatException {
        return resources.teams(ctx, "teams2", "teamGroups2");
    }

    private static int min(ElementContext ctx) throws RobinxFormatException {
        return ctx.optionalInt("min", 0);
    }

    private static int max(ElementContext ctx) throws RobinxFormatException {
        return ctx.optionalInt("max", RobinxConstraint.UNBOUNDED);
    }

    private static ConstraintType type(ElementContext ctx) throws RobinxFormatException {
        return ctx.requiredEnum("type", ConstraintType.class);
    }

    private static int penalty(ElementContext ctx) throws RobinxFormatException {
        int penalty = ctx.optionalInt("penalty", 1);
        if (penalty < 0) {
            throw ctx.error("penalty", Integer.toString(penalty), "must not be negative");
        }
        return penalty;
    }

    private static int positive(ElementContext ctx, String attribute) throws RobinxFormatException {
        int value = ctx.requiredInt(attribute);
        if (value < 1) {
            throw ctx.error(attribute, Integer.toString(value), "must be at least 1");
        }
        return value;
    }

    /** Rejects a mode this evaluator does not implement rather than silently misreading it. */
    private static void expectOptional(ElementContext ctx, String attribute, String... allowed) throws RobinxFormatException {
        String value = ctx.element().attributes().get(attribute);
        if (value == null) {
            return;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.strip())) {
                return;
            }
        }
        throw ctx.error(attribute, value, "unsupported value");
    }

    /** GA1 meetings: "home,away;home,away;" with a trailing ';' allowed. */
    private List<Meeting> meetings(ElementContext ctx) throws RobinxFormatException {
        String value = ctx.required("meetings");
        List<Meeting> meetings = new ArrayList<>();
        for (String item : value.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] pair = item.split(",");
            if (pair.length != 2) {
                throw ctx.error("meetings", value, "expected 'home,away' pairs");
            }
            int home = ctx.parseInt("meetings", pair[0]);
            int away = ctx.parseInt("meetings", pair[1]);
            resources.checkTeam(ctx, "meetings", value, home);
            resources.checkTeam(ctx, "meetings", value, away);
            meetings.add(new Meeting(home, away));
        }
        return meetings;
    }
}
