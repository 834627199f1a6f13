package org.flextime.scheduler.export;

/** An exported file: its bytes, media type and the file name a download should get. */
public record Artifact(byte[] content, String contentType, String fileName) {
}
