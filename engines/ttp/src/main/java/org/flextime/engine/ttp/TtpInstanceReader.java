package org.flextime.engine.ttp;

import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the TTP subset of a RobinX instance: teams, slots, distances, CA3 streak limit and SE1 separation. */
public final class TtpInstanceReader {

    /** Reads the instance file; throws {@link TtpFormatException} with a readable message on bad input. */
    public TtpInstance read(Path file) {
        Element root = RobinxTtpXml.parse(file).getDocumentElement();
        if (!"Instance".equals(root.getTagName())) {
            throw new TtpFormatException(file + ": root element is <" + root.getTagName() + ">, expected <Instance>");
        }
        Element nameElement = RobinxTtpXml.first(root, "InstanceName");
        String name = nameElement == null ? fileStem(file) : nameElement.getTextContent().trim();

        NodeList teamNodes = root.getElementsByTagName("team");
        int n = teamNodes.getLength();
        if (n == 0) {
            throw new TtpFormatException(file + ": no <team> elements");
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Element team = (Element) teamNodes.item(i);
            int id = RobinxTtpXml.intAttribute(team, "id", file);
            if (id < 0 || id >= n || names[id] != null) {
                throw new TtpFormatException(file + ": team ids must be 0.." + (n - 1) + " without gaps, got " + id);
            }
            names[id] = team.getAttribute("name").isEmpty() ? "T" + id : team.getAttribute("name");
        }
        int slots = root.getElementsByTagName("slot").getLength();
        if (slots != 0 && slots != 2 * n - 2) {
            throw new TtpFormatException(file + ": " + slots + " slots for " + n + " teams, a TTP needs " + (2 * n - 2));
        }

        int[][] distance = new int[n][n];
        boolean[][] seen = new boolean[n][n];
        NodeList distances = root.getElementsByTagName("distance");
        for (int k = 0; k < distances.getLength(); k++) {
            Element e = (Element) distances.item(k);
            int a = RobinxTtpXml.intAttribute(e, "team1", file);
            int b = RobinxTtpXml.intAttribute(e, "team2", file);
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new TtpFormatException(file + ": distance between unknown teams " + a + " and " + b);
            }
            distance[a][b] = RobinxTtpXml.intAttribute(e, "dist", file);
            seen[a][b] = true;
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && !seen[a][b]) {
                    throw new TtpFormatException(file + ": missing distance between teams " + a + " and " + b);
                }
            }
        }

        // The classic TTP limits; the file's CA3/SE1 override them when present.
        int maxStreak = 3;
        NodeList ca3 = root.getElementsByTagName("CA3");
        for (int k = 0; k < ca3.getLength(); k++) {
            Element e = (Element) ca3.item(k);
            int intp = RobinxTtpXml.intAttribute(e, "intp", file);
            int max = RobinxTtpXml.intAttribute(e, "max", file);
            if (max != intp - 1) {
                throw new TtpFormatException(file + ": CA3 with intp=" + intp + " max=" + max
                        + " is not a streak limit this TTP engine supports");
            }
            maxStreak = max;
        }
        int minSeparation = 0;
        Element se1 = RobinxTtpXml.first(root, "SE1");
        if (se1 != null) {
            minSeparation = RobinxTtpXml.intAttribute(se1, "min", file);
        }
        if (minSeparation > 1) {
            throw new TtpFormatException(file + ": SE1 min=" + minSeparation + " unsupported, only no-repeater (min=1)");
        }
        return new TtpInstance(name, List.of(names), distance, maxStreak, minSeparation);
    }

    private static String fileStem(Path file) {
        String s = file.getFileName().toString();
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }
}
