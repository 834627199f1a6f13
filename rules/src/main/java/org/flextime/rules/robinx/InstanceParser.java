package org.flextime.rules.robinx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds an {@link Instance} from the element tree of an instance file. */
final class InstanceParser {

    /*
     * Documents come from uploads, so their length must not decide what the reader allocates: the evaluators and
     * solvers index tables by team and slot. The reference data tops out at 20 teams, 38 slots and 1,269
     * constraints (ITC2021_Test7); the caps leave an order of magnitude of room above that while bounding a
     * team-by-team or team-by-slot table to a few megabytes.
     */
    /** Most {@code <team>} elements an instance may have. */
    static final int MAX_TEAMS = 200;
    /** Most {@code <slot>} elements an instance may have. */
    static final int MAX_SLOTS = 1_000;
    /** Most constraint elements an instance may have, over all constraint groups. */
    static final int MAX_CONSTRAINTS = 20_000;

    private final String source;

    InstanceParser(String source) {
        this.source = source;
    }

    Instance parse(XmlElement root) throws RobinxFormatException {
        if (!root.name().equals("Instance")) {
            throw new ElementContext(source, root).error("expected root element <Instance>");
        }
        String name = root.child("MetaData").flatMap(m -> m.childText("InstanceName")).orElse("");
        XmlElement format = root.child("Structure").flatMap(s -> s.child("Format")).orElse(null);
        int roundRobins = 2;
        boolean compact = true;
        GameMode gameMode = GameMode.NON_PHASED;
        if (format != null) {
            ElementContext ctx = new ElementContext(source, format);
            String rounds = format.childText("numberRoundRobin").orElse("");
            roundRobins = rounds.isEmpty() ? 2 : ctx.parseInt("numberRoundRobin", rounds);
            compact = !"R".equalsIgnoreCase(format.childText("compactness").orElse("C"));
            gameMode = "P".equalsIgnoreCase(format.childText("gameMode").orElse("")) ? GameMode.PHASED : GameMode.NON_PHASED;
        }
        String objective = root.child("ObjectiveFunction").flatMap(o -> o.childText("Objective")).orElse("SC");

        XmlElement resources = root.child("Resources")
                .orElseThrow(() -> new ElementContext(source, root).error("missing <Resources>"));
        List<Team> teams = teams(resources);
        List<Slot> slots = slots(resources);
        Resources lookup = new Resources(teams, slots, groupIds(resources, "TeamGroups", "teamGroup"),
                groupIds(resources, "SlotGroups", "slotGroup"));

        DistanceMatrix distances = distances(root, lookup, teams.size());
        List<RobinxConstraint> constraints = new ArrayList<>();
        ConstraintParser parser = new ConstraintParser(source, lookup);
        XmlElement constraintsElement = root.child("Constraints").orElse(null);
        if (constraintsElement != null) {
            for (XmlElement group : constraintsElement.children()) {
                for (XmlElement constraint : group.children()) {
                    if (constraints.size() == MAX_CONSTRAINTS) {
                        throw new ElementContext(source, constraint).error("more than " + MAX_CONSTRAINTS
                                + " constraints; an instance may have at most " + MAX_CONSTRAINTS);
                    }
                    constraints.add(parser.parse(constraint));
                }
            }
        }
        return new Instance(name, objective, roundRobins, compact, gameMode, teams, slots, distances, constraints);
    }

    private List<Team> teams(XmlElement resources) throws RobinxFormatException {
        List<XmlElement> elements = resources.child("Teams").map(t -> t.children("team")).orElse(List.of());
        checkCount(elements, MAX_TEAMS, "teams");
        List<Team> teams = new ArrayList<>();
        for (XmlElement element : elements) {
            ElementContext ctx = new ElementContext(source, element);
            List<Integer> groups = element.attribute("teamGroups").isPresent()
                    ? ctx.intList("teamGroups", element.attributes().get("teamGroups")) : List.of();
            teams.add(new Team(ctx.requiredInt("id"), element.attribute("name").orElse(""),
                    ctx.optionalInt("league", 0), groups));
        }
        checkDense(elements, teams.stream().map(Team::id).toList(), "team");
        teams.sort(Comparator.comparingInt(Team::id));
        return teams;
    }

    private List<Slot> slots(XmlElement resources) throws RobinxFormatException {
        List<XmlElement> elements = resources.child("Slots").map(t -> t.children("slot")).orElse(List.of());
        checkCount(elements, MAX_SLOTS, "slots");
        List<Slot> slots = new ArrayList<>();
        for (XmlElement element : elements) {
            ElementContext ctx = new ElementContext(source, element);
            List<Integer> groups = element.attribute("slotGroups").isPresent()
                    ? ctx.intList("slotGroups", element.attributes().get("slotGroups")) : List.of();
            slots.add(new Slot(ctx.requiredInt("id"), element.attribute("name").orElse(""), groups));
        }
        checkDense(elements, slots.stream().map(Slot::id).toList(), "slot");
        slots.sort(Comparator.comparingInt(Slot::id));
        return slots;
    }

    /** Rejects a list longer than the cap, naming the first element beyond it. */
    private void checkCount(List<XmlElement> elements, int cap, String what) throws RobinxFormatException {
        if (elements.size() > cap) {
            throw new ElementContext(source, elements.get(cap)).error(elements.size() + " " + what
                    + "; an instance may have at most " + cap);
        }
    }

    /** Evaluators index arrays by id, so ids must be exactly 0..n-1, each once. */
    private void checkDense(List<XmlElement> elements, List<Integer> ids, String what) throws RobinxFormatException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            if (id < 0 || id >= ids.size() || !seen.add(id)) {
                throw new ElementContext(source, elements.get(i)).error("id", Integer.toString(id),
                        what + " ids must be 0.." + (ids.size() - 1) + ", each used once");
            }
        }
    }

    private Set<Integer> groupIds(XmlElement resources, String section, String elementName) throws RobinxFormatException {
        Set<Integer> ids = new HashSet<>();
        for (XmlElement group : resources.child(section).map(s -> s.children(elementName)).orElse(List.of())) {
            ids.add(new ElementContext(source, group).requiredInt("id"));
        }
        return ids;
    }

    private DistanceMatrix distances(XmlElement root, Resources lookup, int teamCount) throws RobinxFormatException {
        List<XmlElement> entries = root.child("Data").flatMap(d -> d.child("Distances"))
                .map(d -> d.children("distance")).orElse(List.of());
        if (entries.isEmpty()) {
            return DistanceMatrix.empty();
        }
        DistanceMatrix.Builder matrix = new DistanceMatrix.Builder(teamCount);
        for (XmlElement entry : entries) {
            ElementContext ctx = new ElementContext(source, entry);
            int from = ctx.requiredInt("team1");
            int to = ctx.requiredInt("team2");
            lookup.checkTeam(ctx, "team1", Integer.toString(from), from);
            lookup.checkTeam(ctx, "team2", Integer.toString(to), to);
            matrix.put(from, to, ctx.requiredInt("dist"));
        }
        return matrix.build();
    }
}
