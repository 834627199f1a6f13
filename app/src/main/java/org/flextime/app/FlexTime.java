package org.flextime.app;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.flextime.platform.launch.TopologySettings;

/** The FlexTime command line: {@code serve} (the embedded topology), {@code demo-client}, {@code solve}, {@code validate}. */
public final class FlexTime {

    private FlexTime() {
    }

    /** Entry point of the application jar. */
    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exit;
        try {
            exit = switch (command) {
                case "serve" -> serve(rest);
                case "demo-client" -> new DemoClient(System.out).run(rest);
                case "service" -> service(rest);
                case "help", "--help", "-h" -> usage(0);
                default -> Commands.run(command, rest);
            };
        } catch (IllegalArgumentException e) {
            System.err.println("flextime: " + e.getMessage());
            exit = 2;
        }
        if (exit != Integer.MIN_VALUE) {
            System.exit(exit);
        }
    }

    private static int serve(List<String> args) throws InterruptedException {
        TopologySettings settings = TopologySettings.from(System.getenv());
        EmbeddedTopology topology = EmbeddedTopology.start(settings, Map.of(), args.toArray(String[]::new));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            topology.close();
            stopped.countDown();
        }, "flextime-shutdown"));
        System.out.println("FlexTime embedded topology is up: gateway " + topology.url());
        stopped.await();
        return Integer.MIN_VALUE;
    }

    /** Runs one service alone: the distributed topology, one process per service. */
    private static int service(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("service needs a name: " + String.join(", ",
                    EmbeddedTopology.SERVICES.stream().map(s -> s.name()).toList()));
        }
        var definition = EmbeddedTopology.SERVICES.stream().filter(s -> s.name().equals(args.get(0))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named '" + args.get(0) + "'; known: " + String.join(", ",
                        EmbeddedTopology.SERVICES.stream().map(s -> s.name()).toList())));
        org.flextime.platform.launch.Standalone.run(definition, args.subList(1, args.size()).toArray(String[]::new));
        return Integer.MIN_VALUE;
    }

    static int usage(int exit) {
        System.out.println("""
                usage: java -jar flextime-app.jar COMMAND [ARGS]
                  serve                         start every service in this JVM (gateway on $FLEXTIME_PORT, default 8080)
                  service NAME                  start one service alone (distributed: FLEXTIME_DB_URL, FLEXTIME_REDIS_URL)
                  demo-client [--url URL] [--sport MBB] [--season 2025-26]
                                                schedule a Big 12 season through the public API and print it
                  solve INSTANCE.xml [--seconds N] [--out SOLUTION.xml]
                                                solve a RobinX instance
                  validate INSTANCE.xml SOLUTION.xml
                                                print infeasibility and objective of a RobinX solution
                  season import FILE [--url URL]
                                                import a season document into a running FlexTime
                  schedule --season ID --sport CODE [--teams A,B] --out FILE.xlsx|.ics|.csv|.json|.xml [--url URL]
                  schedule --instance robinx:NAME [--seed S] [--engine cpsat|anneal] [--iterations I] [--moves M] --out FILE
                                                request a schedule from a running FlexTime, wait, write its export
                  user add NAME --role viewer|scheduler|admin [--url URL]
                                                create a user in a running FlexTime; prints its password once""");
        return exit;
    }
}
