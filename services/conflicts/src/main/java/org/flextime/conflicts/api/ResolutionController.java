package org.flextime.conflicts.api;

import org.flextime.conflicts.resolution.Resolutions;
import org.flextime.conflicts.resolution.StrategyRegistry;
import org.flextime.contracts.api.ConflictProposals;
import org.flextime.contracts.api.Strategies;
import org.flextime.contracts.api.StrategyChange;
import org.flextime.contracts.api.StrategyView;
import org.flextime.contracts.api.VersionView;
import org.flextime.platform.security.Actor;
import org.flextime.platform.web.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Proposals for a conflict and applying one; the resolution strategies, switched on or off, and the plug-ins reloaded. */
@RestController
class ResolutionController {

    private final Resolutions resolutions;
    private final StrategyRegistry strategies;

    ResolutionController(Resolutions resolutions, StrategyRegistry strategies) {
        this.resolutions = resolutions;
        this.strategies = strategies;
    }

    /** The checked proposals for an open conflict, best first. */
    @GetMapping("/api/v1/schedules/{id}/conflicts/{conflictId}/proposals")
    ConflictProposals proposals(@PathVariable String id, @PathVariable String conflictId) {
        return resolutions.propose(id, conflictId);
    }

    /** Applies a proposal as a new version of the schedule ({@code If-Match}: its current ETag). */
    @PostMapping("/api/v1/schedules/{id}/conflicts/{conflictId}/proposals/{proposalId}/apply")
    ResponseEntity<VersionView> apply(@PathVariable String id, @PathVariable String conflictId, @PathVariable String proposalId,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @RequestHeader(name = "X-Actor", required = false) String actor) {
        // the person applying it, from the token the gateway relayed; the scheduler records them as the version's author
        return resolutions.apply(id, conflictId, proposalId, ifMatch, Actor.of(actor));
    }

    /** Every strategy, and the plug-ins that could not be loaded. */
    @GetMapping("/api/v1/conflicts/strategies")
    Strategies strategies() {
        return strategies.list();
    }

    /** One strategy. */
    @GetMapping("/api/v1/conflicts/strategies/{name}")
    StrategyView strategy(@PathVariable String name) {
        return strategies.get(name);
    }

    /** Switches a strategy on or off. */
    @PatchMapping("/api/v1/conflicts/strategies/{name}")
    StrategyView change(@PathVariable String name, @RequestBody StrategyChange change) {
        if (change == null || change.enabled() == null) {
            throw new InvalidFieldException("enabled", "enabled (true or false) is required", 422);
        }
        return strategies.enable(name, change.enabled());
    }

    /** Loads the plug-in folder again. */
    @PostMapping("/api/v1/conflicts/strategies/reload")
    Strategies reload() {
        return strategies.reload();
    }
}
