# Sourced by bench/*/run: builds the benchmarks and the modules they depend on (domain, rules, engines/*) when
# their sources are newer than the last build, then sets BENCH_CP to a private copy of the project's own jars and
# classes plus the third-party jars. The copy matters: another build re-installing a snapshot jar under a running
# JVM makes its later class loads fail.
# usage: bench_classpath NAME   (NAME names the stamp, classpath file and run folder)
bench_classpath() {
  local name=$1 cp_file="bench/target/$1-classpath.txt" stamp="bench/target/$1-build.stamp"
  if [[ ! -f "$stamp" || ! -f "$cp_file" || -n "$(find domain/src/main rules/src/main engines/*/src/main bench/src/main \
        data/big12 pom.xml domain/pom.xml rules/pom.xml engines/*/pom.xml bench/pom.xml -newer "$stamp" -type f 2>/dev/null | head -1)" ]]; then
    echo "building domain, rules, engines and bench ..." >&2
    # one reactor build, nothing installed: bench is the reactor's last module, so its classpath is the file's last write
    # (tests compiled, not run: rules needs the domain test-jar, which -Dmaven.test.skip would not package)
    mvn -B -q package dependency:build-classpath -pl bench -am -DskipTests \
      -Dmdep.outputFile="$ROOT/$cp_file" -Dmdep.includeScope=runtime
    touch "$stamp"
  fi
  RUN_DIR="bench/target/$name-run.$$"
  mkdir -p "$RUN_DIR"
  trap 'rm -rf "$RUN_DIR"' EXIT
  cp -r bench/target/classes "$RUN_DIR/bench-classes"
  BENCH_CP="$RUN_DIR/bench-classes"
  local entries entry
  IFS=: read -r -a entries < "$cp_file" || true  # the file has no trailing newline
  for entry in "${entries[@]}"; do
    if [[ "$entry" == "$ROOT"/* || "$entry" == */org/flextime/* ]]; then
      cp "$entry" "$RUN_DIR/"
      entry="$RUN_DIR/$(basename "$entry")"
    fi
    BENCH_CP="$BENCH_CP:$entry"
  done
  export FLEXTIME_DATA="${FLEXTIME_DATA:-$ROOT/data}"
}
