#!/usr/bin/env bash
# Counts the public API of each published module: public types, and their public and protected
# members (constructors, methods, fields), as javap shows them. Run after `mvn package`:
#
#   tools/public-api.sh              # every published module of this checkout
#   tools/public-api.sh core/target/errata-core-*.jar ...
set -euo pipefail
cd "$(dirname "$0")/.."

jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
  for module in core processor runtime integrations/spring integrations/feign integrations/okhttp tooling/compat tooling/maven-plugin; do
    jars+=("$(ls "$module"/target/errata-*-SNAPSHOT.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1)")
  done
fi

printf '%-28s %6s %8s\n' module types members
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || continue
  classes=$(unzip -Z1 "$jar" | grep '\.class$' | grep -v -e 'module-info' -e 'package-info' | sed 's/\.class$//; s#/#.#g')
  # javap -protected: public and protected members of every class; a class it lists with a
  # body is public. Members are the lines inside a body, one per member.
  counts=$(javap -protected -cp "$jar" $classes 2>/dev/null | awk '
    /^(public|protected) .*(class|interface|enum|record|@interface) .*\{$/ { types++; inbody = 1; next }
    /^[a-z].*\{$/ { inbody = 0; next }
    /^}$/ { inbody = 0; next }
    inbody && /^  [a-z]/ && !/ static \{\};$/ { members++ }
    END { printf "%d %d", types, members }')
  printf '%-28s %6s %8s\n' "$(basename "$jar" | sed 's/-[0-9].*//')" $counts
done
