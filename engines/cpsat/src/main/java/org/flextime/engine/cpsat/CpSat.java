package org.flextime.engine.cpsat;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library before any model is built (the loader itself does it once per JVM). */
public final class CpSat {

    private CpSat() {
    }

    /** Loads the native library if it is not loaded yet. */
    public static void load() {
        Loader.loadNativeLibraries();
    }
}
