package org.flextime.scheduler.problems;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an imported RobinX instance from the constraints service's public API: its JSON view for the team codes,
 * its RobinX XML (the active constraints) for the solvers, read by the one RobinX reader.
 */
public class RobinxClient implements RobinxSource {

    private final RobinxInstancesApi api;

    /** A client over the constraints service's API. */
    public RobinxClient(RobinxInstancesApi api) {
        this.api = api;
    }

    @Override
    public Optional<Problem> find(String id) {
        JsonNode view;
        String xml;
        try {
            view = api.instance(id);
            xml = api.xml(id);
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (RestClientException e) {
            throw new Unavailable("constraints service could not give RobinX instance " + id + ": " + e.getMessage(), e);
        }
        Instance instance;
        try {
            instance = new RobinxReader().readInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), id);
        } catch (RobinxFormatException e) {
            throw new Unavailable("constraints service sent RobinX XML for " + id + " that does not read: " + e.getMessage(), e);
        }
        List<String> codes = new ArrayList<>(java.util.Collections.nCopies(instance.teamCount(), (String) null));
        for (JsonNode team : view.path("teams")) {
            codes.set(team.get("id").asInt(), team.get("code").asString());
        }
        List<LocalDate> dates = new ArrayList<>(java.util.Collections.nCopies(instance.slotCount(), (LocalDate) null));
        for (JsonNode slot : view.path("slots")) {
            dates.set(slot.get("id").asInt(), LocalDate.parse(slot.get("date").asString()));
        }
        return Optional.of(new Problem(id, instance, codes, dates, view.path("constraintSet").path("activeVersion").asInt()));
    }
}
