package org.flextime.platform.launch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one service as its own process: the distributed topology. */
public final class Standalone {

    private Standalone() {
    }

    /** Runs the service with settings from the environment. */
    public static ConfigurableApplicationContext run(ServiceDefinition service, String[] args) {
        TopologySettings settings = TopologySettings.from(System.getenv());
        return new SpringApplicationBuilder(service.application())
                .properties(service.properties(settings.basePort(), settings.databaseUrl(), settings.user(), settings.password()))
                .run(args);
    }
}
