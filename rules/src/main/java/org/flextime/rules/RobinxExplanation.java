package org.flextime.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ITC2021 explanation in the conference's words: the team indexes it names become team codes and its slot indexes
 * become the dates of the sport's window, so a scheduler reads "teams KU, BYU" and "days 2025-01-04 to 2025-01-08".
 */
final class RobinxExplanation {

    private static final Pattern TEAM_IDS = Pattern.compile("\\b(teams?) (\\d+(?:;\\d+)*)(?: and (\\d+))?");
    private static final Pattern SLOT_IDS = Pattern.compile("\\b(slots?) (\\d+)(?:(;|\\.\\.| and )(\\d+))?((?:;\\d+)*)");

    private final List<String> teams;
    private final LocalDate firstDay;

    /** Explanations over the sport's participants (by index) and its window from {@code firstDay} (slot 0). */
    RobinxExplanation(List<String> teams, LocalDate firstDay) {
        this.teams = teams;
        this.firstDay = firstDay;
    }

    /** The explanation in team codes and dates; every team it names is added to {@code named}. */
    String words(String text, Set<String> named) {
        Matcher m = TEAM_IDS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> codes = new ArrayList<>();
            for (String id : m.group(2).split(";")) {
                String code = teams.get(Integer.parseInt(id));
                codes.add(code);
                named.add(code);
            }
            String pair = "";
            if (m.group(3) != null) {
                // SE1 and FA2 name two teams as "teams A and B"
                String other = teams.get(Integer.parseInt(m.group(3)));
                named.add(other);
                pair = " and " + other;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + String.join(", ", codes) + pair));
        }
        m.appendTail(sb);
        Matcher s = SLOT_IDS.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            StringBuilder dates = new StringBuilder(s.group(1).equals("slot") ? "day " : "days ").append(day(s.group(2)));
            if (s.group(3) != null) {
                dates.append(s.group(3).equals("..") ? " to " : s.group(3).equals(";") ? ", " : " and ").append(day(s.group(4)));
            }
            for (String rest : s.group(5).split(";")) {
                if (!rest.isEmpty()) {
                    dates.append(", ").append(day(rest));
                }
            }
            s.appendReplacement(out, Matcher.quoteReplacement(dates.toString()));
        }
        s.appendTail(out);
        return out.toString();
    }

    private String day(String slot) {
        return firstDay.plusDays(Integer.parseInt(slot)).toString();
    }
}
