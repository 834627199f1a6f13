package org.flextime.engine.ttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads and writes RobinX {@code <Solution>} files for TTP schedules. */
public final class TtpSolutionIo {

    /** Reads a solution file: its games and the objective stated in the metadata. */
    public TtpSolution read(Path file) {
        Element root = RobinxTtpXml.parse(file).getDocumentElement();
        if (!"Solution".equals(root.getTagName())) {
            throw new TtpFormatException(file + ": root element is <" + root.getTagName() + ">, expected <Solution>");
        }
        Element instanceName = RobinxTtpXml.first(root, "InstanceName");
        Element objective = RobinxTtpXml.first(root, "ObjectiveValue");
        OptionalLong stated = OptionalLong.empty();
        if (objective != null && !objective.getAttribute("objective").isEmpty()) {
            stated = OptionalLong.of(RobinxTtpXml.intAttribute(objective, "objective", file));
        }
        NodeList matches = root.getElementsByTagName("ScheduledMatch");
        List<TtpGame> games = new ArrayList<>(matches.getLength());
        for (int k = 0; k < matches.getLength(); k++) {
            Element m = (Element) matches.item(k);
            games.add(new TtpGame(RobinxTtpXml.intAttribute(m, "home", file),
                    RobinxTtpXml.intAttribute(m, "away", file), RobinxTtpXml.intAttribute(m, "slot", file)));
        }
        return new TtpSolution(instanceName == null ? "" : instanceName.getTextContent().trim(), games, stated);
    }

    /** Renders a solution in the RobinX shape used by the stored files, games ordered by slot then home team. */
    public String render(String solutionName, String instanceName, String contributor, List<TtpGame> games,
                         long objective, long infeasibility) {
        StringBuilder xml = new StringBuilder(64 * games.size() + 512);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n<Solution>\n\n  <MetaData>\n");
        xml.append("    <SolutionName>").append(escape(solutionName)).append("</SolutionName>\n");
        xml.append("    <InstanceName>").append(escape(instanceName)).append("</InstanceName>\n");
        xml.append("    <Contributor>").append(escape(contributor)).append("</Contributor>\n");
        xml.append("    <ObjectiveValue infeasibility=\"").append(infeasibility)
                .append("\" objective=\"").append(objective).append("\"/>\n");
        xml.append("  </MetaData>\n\n  <Games>\n");
        List<TtpGame> ordered = new ArrayList<>(games);
        ordered.sort(Comparator.comparingInt(TtpGame::slot).thenComparingInt(TtpGame::home));
        for (TtpGame g : ordered) {
            xml.append("    <ScheduledMatch away=\"").append(g.away()).append("\" home=\"").append(g.home())
                    .append("\" slot=\"").append(g.slot()).append("\"/>\n");
        }
        xml.append("  </Games>\n\n</Solution>\n");
        return xml.toString();
    }

    /** Writes {@link #render} to a file, creating parent directories. */
    public void write(Path file, String solutionName, String instanceName, String contributor, List<TtpGame> games,
                      long objective, long infeasibility) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(solutionName, instanceName, contributor, games, objective, infeasibility),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
