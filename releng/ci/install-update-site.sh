#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs the Gloss update-site zip into a plain Eclipse Platform IDE (releng/dev.gloss.platform,
# built by ./mvnw verify) with p2's own director and no other site, then checks that Gloss and
# what it needs are installed. Proves the site is complete for a stock IDE.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. .mvn/find-jdk.sh

ide_built=releng/dev.gloss.platform/target/products/dev.gloss.platform/linux/gtk/x86_64
site=$(ls releng/dev.gloss.repository/target/dev.gloss.repository-*.zip)
[ -d "$ide_built" ] || { echo "build first: ./mvnw verify (no $ide_built)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$ide_built" "$work/ide"
ide="$work/ide"
if ls "$ide"/plugins/dev.gloss.* >/dev/null 2>&1; then
  echo "the plain IDE already contains Gloss: the test would prove nothing" >&2
  exit 1
fi

echo "installing $(basename "$site") into a plain Eclipse Platform IDE ($(ls "$ide/plugins" | wc -l) bundles)"
"$JAVA_HOME/bin/java" -jar "$ide"/plugins/org.eclipse.equinox.launcher_*.jar \
  -nosplash -consoleLog -data "$work/workspace" \
  -application org.eclipse.equinox.p2.director \
  -repository "jar:file:$(realpath "$site")!/" \
  -installIU dev.gloss.feature.feature.group \
  -destination "$ide" -profile DefaultProfile \
  -vmargs -Declipse.p2.mirrors=false >"$work/director.log" 2>&1 || {
    cat "$work/director.log" >&2
    echo "p2 could not install Gloss from the update site alone" >&2
    exit 1
  }
tail -3 "$work/director.log"

roots=$("$JAVA_HOME/bin/java" -jar "$ide"/plugins/org.eclipse.equinox.launcher_*.jar \
  -nosplash -data "$work/workspace" -application org.eclipse.equinox.p2.director \
  -listInstalledRoots -destination "$ide" -profile DefaultProfile 2>/dev/null)
echo "$roots" | grep -q "^dev.gloss.feature.feature.group/" || {
  echo "dev.gloss.feature is not among the installed roots:" >&2
  echo "$roots" >&2
  exit 1
}
# every bundle the feature lists must be in the installation and in its start configuration
for bundle in $(sed -n 's/.*<plugin id="\([^"]*\)".*/\1/p' features/dev.gloss.feature/feature.xml); do
  grep -q "^$bundle," "$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" || {
    echo "$bundle is missing from the installed IDE" >&2
    exit 1
  }
done
echo "Gloss installed into a plain Eclipse Platform IDE from the update-site zip alone: OK"
