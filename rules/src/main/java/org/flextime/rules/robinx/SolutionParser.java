package org.flextime.rules.robinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a {@link Solution} from the element tree of a solution file, checking ids against the instance. */
final class SolutionParser {

    private final String source;
    private final Optional<Instance> instance;

    SolutionParser(String source, Optional<Instance> instance) {
        this.source = source;
        this.instance = instance;
    }

    Solution parse(XmlElement root) throws RobinxFormatException {
        if (!root.name().equals("Solution")) {
            throw new ElementContext(source, root).error("expected root element <Solution>");
        }
        SolutionMetaData metaData = metaData(root.child("MetaData"));
        List<ScheduledMatch> games = new ArrayList<>();
        for (XmlElement element : root.child("Games").map(g -> g.children("ScheduledMatch")).orElse(List.of())) {
            games.add(match(element));
        }
        return new Solution(metaData, games);
    }

    private SolutionMetaData metaData(Optional<XmlElement> element) throws RobinxFormatException {
        if (element.isEmpty()) {
            return SolutionMetaData.forInstance("");
        }
        XmlElement meta = element.get();
        Optional<ObjectiveValue> value = Optional.empty();
        Optional<XmlElement> objective = meta.child("ObjectiveValue");
        if (objective.isPresent()) {
            ElementContext ctx = new ElementContext(source, objective.get());
            value = Optional.of(new ObjectiveValue(parseLong(ctx, "infeasibility"), parseLong(ctx, "objective")));
        }
        return new SolutionMetaData(meta.childText("SolutionName").orElse(""), meta.childText("InstanceName").orElse(""),
                meta.childText("Contributor").orElse(""), meta.childText("SolutionMethod").orElse(""), value,
                meta.childText("Remarks").orElse(""));
    }

    private static long parseLong(ElementContext ctx, String attribute) throws RobinxFormatException {
        String value = ctx.required(attribute);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ctx.error(attribute, value, "not an integer");
        }
    }

    private ScheduledMatch match(XmlElement element) throws RobinxFormatException {
        ElementContext ctx = new ElementContext(source, element);
        int home = ctx.requiredInt("home");
        int away = ctx.requiredInt("away");
        int slot = ctx.requiredInt("slot");
        if (instance.isPresent()) {
            Instance known = instance.get();
            checkRange(ctx, "home", home, known.teamCount(), "team");
            checkRange(ctx, "away", away, known.teamCount(), "team");
            checkRange(ctx, "slot", slot, known.slotCount(), "slot");
        }
        if (home == away) {
            throw ctx.error("home='" + home + "' away='" + away + "': a team cannot play itself");
        }
        return new ScheduledMatch(home, away, slot);
    }

    private static void checkRange(ElementContext ctx, String attribute, int id, int count, String what)
            throws RobinxFormatException {
        if (id < 0 || id >= count) {
            throw ctx.error(attribute, Integer.toString(id), "no such " + what);
        }
    }
}
