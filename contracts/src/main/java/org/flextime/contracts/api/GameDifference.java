package org.flextime.contracts.api;

import java.util.List;

/** How one game differs between two versions: the fields that changed and the game before and after. */
public record GameDifference(String gameId, List<String> fields, VersionGame before, VersionGame after) {
}
