package org.flextime.scheduler.seasons;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports the seasons bundled with the product at the first start, before the service answers requests, so a fresh
 * installation can schedule 2025-26 at once; a season already stored (a restart, another replica) is left as it is.
 */
@Component
class BundledSeasonImport implements SmartInitializingSingleton {

    private final Seasons seasons;

    BundledSeasonImport(Seasons seasons) {
        this.seasons = seasons;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seasons.importBundled();
    }
}
