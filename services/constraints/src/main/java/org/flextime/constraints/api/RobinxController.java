package org.flextime.constraints.api;

import org.flextime.platform.web.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.flextime.constraints.robinx.RobinxInstances;
import org.flextime.constraints.robinx.RobinxMapping;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.rules.robinx.RobinxFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/robinx/instances}: import a RobinX instance (ITC2021, TTP) as teams, slots and a constraint set
 * of catalog {@code robinx} rules; read it as JSON or export it as RobinX XML; score RobinX solutions against it by
 * the ITC2021 definitions and read them back as RobinX XML with their {@code <ObjectiveValue>}.
 */
@RestController
@RequestMapping("/api/v1/robinx/instances")
class RobinxController {

    private static final String BASE = "/api/v1/robinx/instances/";
    private static final MediaType XML = MediaType.APPLICATION_XML;

    /** An instance as the API shows it. */
    record InstanceView(String id, String name, String objective, int roundRobins, boolean compact, String gameMode,
                        List<RobinxInstances.StoredTeam> teams, List<RobinxInstances.StoredSlot> slots, boolean distances,
                        SetRef constraintSet, int constraints, String firstDay, String solutionsUrl) {
    }

    /** The instance's constraint set: id, active version, versions and where to read them. */
    record SetRef(String id, Integer activeVersion, int versions, String url) {
    }

    /** An import's answer: the instance, the version holding the posted constraints, whether anything changed. */
    record ImportView(InstanceView instance, int version, boolean created) {
    }

    private final RobinxInstances instances;
    private final ConstraintSets sets;
    private final IdempotentRequests idempotent;

    RobinxController(RobinxInstances instances, ConstraintSets sets, IdempotentRequests idempotent) {
        this.instances = instances;
        this.sets = sets;
        this.idempotent = idempotent;
    }

    /**
     * Imports an instance: 201 with Location when it is new or its constraints became a new version, 200 when the
     * same constraints are already active.
     */
    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<String> importInstance(@RequestBody byte[] body, @RequestParam(required = false) String name,
                                          @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                          HttpServletRequest request) {
        String scope = "POST " + request.getRequestURI();
        return idempotent.run(key, scope, IdempotentRequests.hash("name=" + name, body), () -> {
            RobinxInstances.Imported imported = rethrow(() -> instances.importXml(body, name));
            String id = imported.instance().id();
            ImportView view = new ImportView(view(id), imported.version(), imported.created());
            return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .location(URI.create(BASE + id)).body(view);
        });
    }

    @GetMapping
    List<InstanceView> list() {
        return instances.instances().stream().map(s -> view(s.id())).toList();
    }

    /** JSON (teams, slots, its constraint set), or with {@code Accept: application/xml} the instance as RobinX XML. */
    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id, @RequestParam(required = false) Integer version,
                          @RequestHeader(value = "Accept", required = false) String accept) {
        if (wantsXml(accept, false)) {
            return ResponseEntity.ok().contentType(XML).body(instances.exportXml(id, version));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view(id));
    }

    /** Scores and stores a RobinX {@code <Solution>}: 201, Location, infeasibility, objective and every violation. */
    @PostMapping(path = "/{id}/solutions", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<String> addSolution(@PathVariable String id, @RequestBody byte[] body,
                                       @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                       HttpServletRequest request) {
        String scope = "POST " + request.getRequestURI();
        return idempotent.run(key, scope, IdempotentRequests.hash("", body), () -> {
            RobinxInstances.Scored scored = rethrow(() -> instances.addSolution(id, body));
            return ResponseEntity.created(URI.create(BASE + id + "/solutions/" + scored.id())).body(scored);
        });
    }

    @GetMapping("/{id}/solutions")
    List<RobinxInstances.Scored> solutions(@PathVariable String id) {
        return instances.solutions(id);
    }

    /** RobinX XML with {@code <ObjectiveValue>} (the default), or with {@code Accept: application/json} the scores and violations. */
    @GetMapping("/{id}/solutions/{solutionId}")
    ResponseEntity<?> solution(@PathVariable String id, @PathVariable String solutionId,
                               @RequestHeader(value = "Accept", required = false) String accept) {
        if (wantsXml(accept, true)) {
            return ResponseEntity.ok().contentType(XML).body(instances.solutionXml(id, solutionId));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(instances.solution(id, solutionId));
    }

    /** Malformed XML (400) or a RobinX document the reader rejects (422): the problem names the line and the element. */
    @ExceptionHandler(BadRobinx.class)
    ResponseEntity<ProblemDetail> badRobinx(BadRobinx wrapper, HttpServletRequest request) {
        RobinxFormatException e = wrapper.cause;
        boolean malformed = e.getMessage().contains("malformed XML");
        HttpStatus status = malformed ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(422);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, "line " + e.line() + ", <" + e.element() + ">: "
                + e.getMessage().substring(e.getMessage().indexOf('>') + 1).strip());
        p.setType(URI.create("https://flextime.org/problems/" + (malformed ? "malformed-robinx" : "invalid-robinx")));
        p.setTitle(malformed ? "Malformed RobinX XML" : "Invalid RobinX document");
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("line", e.line());
        p.setProperty("element", e.element());
        p.setProperty("field", "line " + e.line() + " <" + e.element() + ">");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private InstanceView view(String id) {
        RobinxInstances.Stored s = instances.instance(id);
        ConstraintSetStore.SetRow set = sets.set(id);
        List<ConstraintSetStore.VersionRow> versions = sets.versions(id);
        ConstraintSetStore.VersionRow active = instances.version(id, null);
        int constraints = sets.document(active).get("rules").size();
        return new InstanceView(s.id(), s.name(), s.objective(), s.roundRobins(), s.compact(), s.gameMode(), s.teams(), s.slots(),
                s.distances() != null && s.distances().length > 0,
                new SetRef(set.id(), set.activeVersion(), versions.size(), "/api/v1/constraint-sets/" + set.id()), constraints,
                RobinxMapping.FIRST_DAY.toString(), BASE + id + "/solutions");
    }

    /** XML when the Accept header prefers an XML type to JSON; with no preference, {@code xmlByDefault}. */
    private static boolean wantsXml(String accept, boolean xmlByDefault) {
        if (accept == null || accept.isBlank()) {
            return xmlByDefault;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException e) {
            return xmlByDefault;
        }
        // highest quality first; among equals, the order the client wrote them in
        types = new java.util.ArrayList<>(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType t : types) {
            if (t.getQualityValue() == 0) {
                continue;
            }
            if (t.isWildcardType() || t.isWildcardSubtype()) {
                return xmlByDefault;
            }
            if (t.getSubtype().equals("xml") || t.getSubtype().endsWith("+xml")) {
                return true;
            }
            if (t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return xmlByDefault;
    }

    /** A checked reader error carried out of a lambda. */
    static final class BadRobinx extends RuntimeException {
        private final transient RobinxFormatException cause;

        BadRobinx(RobinxFormatException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    interface Reading<T> {
        T get() throws RobinxFormatException;
    }

    private static <T> T rethrow(Reading<T> call) {
        try {
            return call.get();
        } catch (RobinxFormatException e) {
            throw new BadRobinx(e);
        }
    }
}
