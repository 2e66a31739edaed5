#!/usr/bin/env bash
# Test prerequisites from Debian: Chromium (browser tests), xmllint (GEXF grammar checks) and
# NetworkX for /usr/bin/python3 (a second GEXF reader). Installs what is missing when it can
# (root with apt-get), otherwise says what to install. Runs before `npm test`.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c "import networkx" >/dev/null 2>&1 || need+=(python3-networkx)
[ "${#need[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "tests: installing Debian packages: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit $?
fi
echo "tests: missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2
exit 1
