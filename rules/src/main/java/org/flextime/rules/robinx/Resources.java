package org.flextime.rules.robinx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The teams and slots of an instance, used to resolve and check id lists and group references. */
final class Resources {

    private final List<Team> teams;
    private final List<Slot> slots;
    private final Set<Integer> teamGroups;
    private final Set<Integer> slotGroups;

    Resources(List<Team> teams, List<Slot> slots, Set<Integer> teamGroups, Set<Integer> slotGroups) {
        this.teams = teams;
        this.slots = slots;
        this.teamGroups = new HashSet<>(teamGroups);
        this.slotGroups = new HashSet<>(slotGroups);
        // some files list group membership on teams/slots without declaring the groups; accept those too
        teams.forEach(t -> this.teamGroups.addAll(t.teamGroups()));
        slots.forEach(s -> this.slotGroups.addAll(s.slotGroups()));
    }

    /** The teams named by {@code idsAttribute}, or by {@code groupsAttribute} (all members of those groups). */
    List<Integer> teams(ElementContext ctx, String idsAttribute, String groupsAttribute) throws RobinxFormatException {
        XmlElement element = ctx.element();
        if (element.attributes().containsKey(idsAttribute)) {
            String value = element.attributes().get(idsAttribute);
            List<Integer> ids = ctx.intList(idsAttribute, value);
            for (int id : ids) {
                checkTeam(ctx, idsAttribute, value, id);
            }
            return ids;
        }
        if (element.attributes().containsKey(groupsAttribute)) {
            String value = element.attributes().get(groupsAttribute);
            List<Integer> groups = ctx.intList(groupsAttribute, value);
            for (int group : groups) {
                if (!teamGroups.contains(group)) {
                    throw ctx.error(groupsAttribute, value, noSuch("team group", value, group));
                }
            }
            List<Integer> members = new ArrayList<>();
            for (Team team : teams) {
                if (team.teamGroups().stream().anyMatch(groups::contains)) {
                    members.add(team.id());
                }
            }
            return members;
        }
        throw ctx.error("missing attribute '" + idsAttribute + "'");
    }

    /** The slots named by {@code slots}, or by {@code slotGroups} (all members of those groups). */
    List<Integer> slots(ElementContext ctx) throws RobinxFormatException {
        XmlElement element = ctx.element();
        if (element.attributes().containsKey("slots")) {
            String value = element.attributes().get("slots");
            List<Integer> ids = ctx.intList("slots", value);
            for (int id : ids) {
                checkSlot(ctx, "slots", value, id);
            }
            return ids;
        }
        if (element.attributes().containsKey("slotGroups")) {
            String value = element.attributes().get("slotGroups");
            List<Integer> groups = ctx.intList("slotGroups", value);
            for (int group : groups) {
                if (!slotGroups.contains(group)) {
                    throw ctx.error("slotGroups", value, noSuch("slot group", value, group));
                }
            }
            List<Integer> members = new ArrayList<>();
            for (Slot slot : slots) {
                if (slot.slotGroups().stream().anyMatch(groups::contains)) {
                    members.add(slot.id());
                }
            }
            return members;
        }
        throw ctx.error("missing attribute 'slots'");
    }

    void checkTeam(ElementContext ctx, String attribute, String value, int id) throws RobinxFormatException {
        if (id < 0 || id >= teams.size()) {
            throw ctx.error(attribute, value, noSuch("team", value, id));
        }
    }

    void checkSlot(ElementContext ctx, String attribute, String value, int id) throws RobinxFormatException {
        if (id < 0 || id >= slots.size()) {
            throw ctx.error(attribute, value, noSuch("slot", value, id));
        }
    }

    /** "no such team" when the attribute is that single id, else "no such team 7" to point inside the list. */
    private static String noSuch(String what, String value, int id) {
        return value.strip().equals(Integer.toString(id)) ? "no such " + what : "no such " + what + " " + id;
    }
}
