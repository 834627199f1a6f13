package org.flextime.rules.robinx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads RobinX instance and solution XML files (ITC2021, TTP). */
public final class RobinxReader {

    /** Reads an instance file; errors name the file by its base name. */
    public Instance readInstance(Path file) throws IOException, RobinxFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return readInstance(in, sourceName(file));
        }
    }

    /** Reads an instance from a stream; {@code sourceName} is used in error messages. */
    public Instance readInstance(InputStream in, String sourceName) throws RobinxFormatException {
        return new InstanceParser(sourceName).parse(new XmlTreeReader().read(in, sourceName));
    }

    /** Reads a solution file, rejecting team or slot ids the instance does not have. */
    public Solution readSolution(Path file, Instance instance) throws IOException, RobinxFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return readSolution(in, sourceName(file), instance);
        }
    }

    /** Reads a solution from a stream, rejecting team or slot ids the instance does not have. */
    public Solution readSolution(InputStream in, String sourceName, Instance instance) throws RobinxFormatException {
        return new SolutionParser(sourceName, Optional.of(instance)).parse(new XmlTreeReader().read(in, sourceName));
    }

    /** Reads a solution without an instance: ids are only checked to be integers. */
    public Solution readSolution(InputStream in, String sourceName) throws RobinxFormatException {
        return new SolutionParser(sourceName, Optional.empty()).parse(new XmlTreeReader().read(in, sourceName));
    }

    private static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
