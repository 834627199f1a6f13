package org.flextime.constraints.robinx;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.flextime.constraints.sets.ConstraintSetStore;
import org.flextime.constraints.sets.ConstraintSets;
import org.flextime.domain.Season;
import org.flextime.platform.web.InvalidFieldException;
import org.flextime.platform.web.NotFoundException;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.ConstraintSetDocument;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.RuleDefinitionException;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.itc.Violation;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.Team;
import org.flextime.rules.robinx.UnsupportedConstraint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * RobinX instances (ITC2021, TTP) imported into the rule catalog, exported back, and their solutions scored.
 * An import stores the instance (name, objective, format, teams, slots, distances) and a constraint set with the
 * same id holding its constraints as catalog {@code robinx} rules, in one transaction: bad XML stores nothing.
 * Exports and scores read the set's active version (or a named one), so a new version of the set changes both.
 */
public class RobinxInstances {

    /** A team of a stored instance: RobinX id and name, its code in the catalog rules, league and groups. */
    public record StoredTeam(int id, String name, String code, int league, List<Integer> groups) {
    }

    /** A slot of a stored instance: RobinX id and name, the date that stands for it in the catalog rules, groups. */
    public record StoredSlot(int id, String name, String date, List<Integer> groups) {
    }

    /** What an instance stores besides its constraints (those are its constraint set's). */
    public record Stored(String id, String name, String objective, int roundRobins, boolean compact, String gameMode,
                         List<StoredTeam> teams, List<StoredSlot> slots, long[][] distances) {
    }

    /** The result of an import: the instance, its set, the version holding the posted constraints, and whether anything was created. */
    public record Imported(Stored instance, ConstraintSetStore.SetRow set, int version, boolean created) {
    }

    /** One violation of a scored solution; {@code rule} is the catalog rule's id ("format" for the round-robin format). */
    public record ScoredViolation(String rule, String family, String type, int deviation, int penalty, long cost, String explanation) {
    }

    /** A scored solution as the API shows it. */
    public record Scored(String id, String instanceId, String constraintSetId, int constraintSetVersion, long infeasibility,
                         long objective, long travelDistance, boolean feasible, int games, ObjectiveValue claimed,
                         List<ScoredViolation> violations, String createdAt) {
    }

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,57}$");

    private final RobinxStore store;
    private final ConstraintSets sets;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final RobinxReader reader = new RobinxReader();
    private final RobinxWriter writer = new RobinxWriter();
    private final ItcEvaluator evaluator = new ItcEvaluator();
    private final ConstraintSetDocument documents = new ConstraintSetDocument();
    private final java.util.Map<String, List<RuleDefinition>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Instances over their store and the service's constraint sets. */
    public RobinxInstances(RobinxStore store, ConstraintSets sets, TransactionTemplate tx, ObjectMapper json) {
        this.store = store;
        this.sets = sets;
        this.tx = tx;
        this.json = json;
    }

    /** The season of an imported instance (its id is the season id), for the constraint sets. */
    public static Optional<Season> season(RobinxStore store, ObjectMapper json, String id) {
        if (!id.startsWith(RobinxMapping.ID_PREFIX)) {
            return Optional.empty();
        }
        return store.instance(id).map(row -> {
            Stored s = json.readValue(row.document(), Stored.class);
            return mapping(s).season(s.id(), s.name());
        });
    }

    /**
     * Imports an instance. {@code name} (optional; default: the file's InstanceName with other characters than
     * letters, digits, '_', '.', '-' made '_') makes the id {@code robinx:NAME}. Importing an id again with the same
     * teams, slots, format and distances adds its constraints as a new active version, unless they equal the active
     * one (then nothing changes); with other resources it is a 409.
     *
     * @throws RobinxFormatException malformed XML or a bad RobinX element, with its line and element; nothing is stored
     */
    public Imported importXml(byte[] xml, String name) throws RobinxFormatException {
        Instance instance = reader.readInstance(new ByteArrayInputStream(xml), "instance");
        for (RobinxConstraint c : instance.constraints()) {
            if (c instanceof UnsupportedConstraint u) {
                throw new RobinxFormatException("instance", u.line(), u.family(), "unsupported constraint family " + u.family()
                        + " (ITC2021 families only: CA1-CA4, GA1, BR1, BR2, FA2, SE1)");
            }
            if (c.penalty() < 1) {
                throw new RobinxFormatException("instance", c.line(), c.family(), "penalty='" + c.penalty()
                        + "': a constraint needs a penalty of at least 1 to be a catalog rule");
            }
        }
        String chosen = name == null || name.isBlank() ? sanitize(instance.name()) : name.strip();
        if (!NAME.matcher(chosen).matches()) {
            throw new InvalidFieldException("name", "name must be 1-57 letters, digits, '_', '.' or '-', not '" + chosen + "'", 422);
        }
        String id = RobinxMapping.ID_PREFIX + chosen;
        List<String> codes = RobinxMapping.codesFor(instance.teams().stream().map(Team::name).toList());
        RobinxMapping mapping = new RobinxMapping(codes, instance.slotCount());
        Stored stored = stored(id, instance, codes);
        String document = json.writeValueAsString(stored);
        String hash = ConstraintSetDocument.sha256(document);
        Season season = mapping.season(id, stored.name());
        List<RuleDefinition> rules = mapping.toRules(instance.constraints());
        ConstraintSet set = new ConstraintSet(RobinxMapping.SPORT, id, rules);
        String note = "imported from RobinX instance '" + instance.name() + "' (" + rules.size() + " constraints)";
        try {
            return tx.execute(t -> {
                Optional<RobinxStore.InstanceRow> existing = store.instance(id);
                if (existing.isEmpty()) {
                    store.insertInstance(id, stored.name(), document, hash);
                    ConstraintSetStore.SetRow row = sets.createImported(season, id, "RobinX " + stored.name(), set, note);
                    return new Imported(stored, row, 1, true);
                }
                if (!existing.get().contentHash().equals(hash)) {
                    throw new InvalidFieldException("name", "instance " + id + " exists with other teams, slots, format or distances; "
                            + "import this one under another name (?name=...)", 409);
                }
                ConstraintSetStore.SetRow row = sets.set(id);
                if (row.activeVersion() != null
                        && sets.version(id, row.activeVersion()).contentHash().equals(documents.hash(set))) {
                    return new Imported(stored, row, row.activeVersion(), false);
                }
                ConstraintSetStore.VersionRow v = sets.addVersion(id, documents.write(set).get("rules"), "re-" + note);
                ConstraintSetStore.SetRow activated = sets.activate(id, v.version());
                return new Imported(stored, activated, v.version(), true);
            });
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("name", "instance " + id + " was imported concurrently; retry", 409);
        } catch (RuleDefinitionException e) {
            throw new InvalidFieldException(e.path(), e.getMessage(), 422);
        }
    }

    /** The stored instance, or 404. */
    public Stored instance(String id) {
        return store.instance(id).map(r -> json.readValue(r.document(), Stored.class))
                .orElseThrow(() -> new NotFoundException("robinx instance", id));
    }

    /** Every stored instance. */
    public List<Stored> instances() {
        return store.instances().stream().map(r -> json.readValue(r.document(), Stored.class)).toList();
    }

    /** The instance with the constraints of a version of its set (null: the active one), as the evaluators read it. */
    public Instance model(String id, Integer version) {
        Stored s = instance(id);
        ConstraintSetStore.VersionRow v = version(id, version);
        return model(s, v, rules(v));
    }

    private Instance model(Stored s, ConstraintSetStore.VersionRow v, List<RuleDefinition> rules) {
        String id = s.id();
        RobinxMapping mapping = mapping(s);
        List<RobinxConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            try {
                // the line of a constraint is its rule's position in the set, so a violation names its rule
                constraints.add(mapping.toConstraint(rules.get(i), i + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("$.rules[" + i + "]", "version " + v.version() + " of constraint set " + id
                        + " cannot be written as RobinX: " + e.getMessage(), 409);
            }
        }
        List<Team> teams = s.teams().stream().map(t -> new Team(t.id(), t.name(), t.league(), t.groups())).toList();
        List<Slot> slots = s.slots().stream().map(x -> new Slot(x.id(), x.name(), x.groups())).toList();
        DistanceMatrix distances = s.distances() == null || s.distances().length == 0 ? DistanceMatrix.empty() : DistanceMatrix.of(s.distances());
        return new Instance(s.name(), s.objective(), s.roundRobins(), s.compact(),
                GameMode.valueOf(s.gameMode()), teams, slots, distances, constraints);
    }

    /** The instance as RobinX XML with the constraints of a version of its set (null: the active one). */
    public String exportXml(String id, Integer version) {
        return writer.toXml(model(id, version));
    }

    /**
     * The rules of a stored version. Versions never change and the key holds the content hash, so the parsed (schema
     * checked) rules are kept: an ITC2021 set has up to a thousand rules, and every export and solution reads them.
     */
    private List<RuleDefinition> rules(ConstraintSetStore.VersionRow v) {
        String key = v.setId() + "@" + v.version() + "#" + v.contentHash();
        List<RuleDefinition> cached = parsed.get(key);
        if (cached == null) {
            cached = sets.rules(v).rules();
            if (parsed.size() >= 64) {
                parsed.clear();
            }
            parsed.put(key, cached);
        }
        return cached;
    }

    /** The version of the instance's set to use: the given one, else the active one. */
    public ConstraintSetStore.VersionRow version(String id, Integer version) {
        ConstraintSetStore.SetRow set = sets.set(id);
        int v = version != null ? version : set.activeVersion() == null ? sets.versions(id).size() : set.activeVersion();
        return sets.version(id, v);
    }

    /**
     * Scores a RobinX solution by the ITC2021 definitions against the active version of the instance's constraints
     * (exactly what {@code flextime validate} prints for the same files) and stores it with its scores filled in.
     *
     * @throws RobinxFormatException malformed XML, or team or slot ids the instance does not have; nothing is stored
     */
    public Scored addSolution(String id, byte[] xml) throws RobinxFormatException {
        Stored stored = instance(id);
        ConstraintSetStore.VersionRow v = version(id, null);
        int version = v.version();
        List<RuleDefinition> rules = rules(v);
        Instance model = model(stored, v, rules);
        Solution solution = reader.readSolution(new ByteArrayInputStream(xml), "solution", model);
        Evaluation evaluation = evaluator.evaluate(model, solution);
        List<ScoredViolation> violations = new ArrayList<>();
        for (Violation found : evaluation.violations()) {
            String rule = found.line() > 0 && found.line() <= rules.size() ? rules.get(found.line() - 1).id() : "format";
            violations.add(new ScoredViolation(rule, found.family(), found.type().name(), found.deviation(), found.weight(),
                    found.isHard() ? 0 : found.cost(), found.explanation()));
        }
        String sid = UUID.randomUUID().toString();
        Instant now = Instant.now();
        ObjectiveValue value = new ObjectiveValue(evaluation.infeasibility(), evaluation.objective());
        Scored scored = new Scored(sid, id, id, version, evaluation.infeasibility(), evaluation.objective(), evaluation.travelDistance(),
                evaluation.isFeasible(), solution.games().size(), solution.metaData().objectiveValue().orElse(null), violations, now.toString());
        String out = writer.toXml(solution.withObjectiveValue(value));
        store.insertSolution(new RobinxStore.SolutionRow(sid, id, version, value.infeasibility(), value.objective(), out,
                json.writeValueAsString(scored), now));
        return scored;
    }

    /** A stored solution's scores, or 404. */
    public Scored solution(String id, String solutionId) {
        return json.readValue(solutionRow(id, solutionId).result(), Scored.class);
    }

    /** A stored solution as RobinX XML with its {@code <ObjectiveValue>} filled in, or 404. */
    public String solutionXml(String id, String solutionId) {
        return solutionRow(id, solutionId).solutionXml();
    }

    /** The scored solutions of an instance, oldest first (without their violations). */
    public List<Scored> solutions(String id) {
        instance(id);
        return store.solutions(id).stream().map(r -> {
            Scored s = json.readValue(r.result(), Scored.class);
            return new Scored(s.id(), s.instanceId(), s.constraintSetId(), s.constraintSetVersion(), s.infeasibility(), s.objective(),
                    s.travelDistance(), s.feasible(), s.games(), s.claimed(), List.of(), s.createdAt());
        }).toList();
    }

    private RobinxStore.SolutionRow solutionRow(String id, String solutionId) {
        instance(id);
        return store.solution(id, solutionId).orElseThrow(() -> new NotFoundException("robinx solution", id + "/" + solutionId));
    }

    private static Stored stored(String id, Instance instance, List<String> codes) {
        List<StoredTeam> teams = new ArrayList<>();
        for (Team t : instance.teams()) {
            teams.add(new StoredTeam(t.id(), t.name(), codes.get(t.id()), t.league(), t.teamGroups()));
        }
        List<StoredSlot> slots = new ArrayList<>();
        for (Slot s : instance.slots()) {
            slots.add(new StoredSlot(s.id(), s.name(), RobinxMapping.date(s.id()), s.slotGroups()));
        }
        DistanceMatrix d = instance.distances();
        long[][] distances = new long[d.size()][d.size()];
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < d.size(); j++) {
                distances[i][j] = d.distance(i, j);
            }
        }
        return new Stored(id, instance.name(), instance.objective(), instance.roundRobins(), instance.compact(),
                instance.gameMode().name(), teams, slots, distances);
    }

    private static RobinxMapping mapping(Stored s) {
        return new RobinxMapping(s.teams().stream().map(StoredTeam::code).toList(), s.slots().size());
    }

    private static String sanitize(String name) {
        String s = name.strip().replaceAll("[^A-Za-z0-9_.-]", "_");
        if (s.isEmpty()) {
            return "instance";
        }
        return s.length() > 57 ? s.substring(0, 57) : s;
    }
}
