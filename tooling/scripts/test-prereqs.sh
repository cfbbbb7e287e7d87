#!/usr/bin/env bash
# What `make test` needs before its first test, checked in seconds: Go and
# Node of the versions the project names, PostgreSQL answering at
# GRASSROOTS_TEST_POSTGRES, and Chromium (CHROMIUM, default /usr/bin/chromium)
# with a Chinese font for the end-to-end run. Run as root, it installs what is
# missing with apt and starts the local PostgreSQL cluster; run as anyone
# else, it stops at once and prints the commands to run as root. It never
# waits for input.
set -euo pipefail
cd "$(dirname "$0")/../.."

url=${GRASSROOTS_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
chromium=${CHROMIUM:-/usr/bin/chromium}
go=${GO:-go}
export DEBIAN_FRONTEND=noninteractive PGCONNECT_TIMEOUT=5

say() { echo "test prerequisites: $*"; }
fail() {
  echo "test prerequisites: $*" >&2
  exit 1
}
# Whether version $1 is $2 or later.
at_least() { [ "$(printf '%s\n' "$1" "$2" | sort -V | head -n 1)" = "$2" ]; }

# Go and Node: nothing to install, only to say.
want=$(awk '$1 == "go" { print $2; exit }' go.mod)
command -v "$go" >/dev/null || fail "Go $want or later is needed; $go is not on PATH"
# Read outside the module, so that go.mod cannot make go fetch a toolchain.
go_version=$(cd / && GOTOOLCHAIN=local "$go" env GOVERSION)
go_version=${go_version#go}
at_least "$go_version" "$want" || fail "Go $want or later is needed; $go is $go_version"
want=$(sed -n 's/.*"node": *">=\([0-9.]*\)".*/\1/p' package.json)
command -v node >/dev/null || fail "Node $want or later is needed; node is not on PATH"
node_version=$(node -p process.versions.node)
at_least "$node_version" "$want" || fail "Node $want or later is needed; node is $node_version"

# PostgreSQL. Only a server on this machine can be installed or started.
[[ $url =~ ^postgres(ql)?://([^@/]*@)?([^:/?]+)(:([0-9]+))? ]] || fail "GRASSROOTS_TEST_POSTGRES is not a postgres:// URL: $url"
host=${BASH_REMATCH[3]} port=${BASH_REMATCH[5]:-5432}
answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -d "$url"
  else
    (: <>"/dev/tcp/$host/$port") 2>/dev/null
  fi
}
# "version name" of the local cluster on $port.
cluster() { pg_lsclusters -h | awk -v port="$port" '$3 == port { print $1, $2; exit }'; }

missing=() # Debian packages
start=""   # the cluster to start
if ! answers; then
  case $host in
    127.0.0.1 | localhost | ::1) ;;
    *) fail "PostgreSQL does not answer at $host:$port (GRASSROOTS_TEST_POSTGRES)" ;;
  esac
  if ! command -v pg_ctlcluster >/dev/null; then
    missing+=(postgresql)
  else
    start=$(cluster)
    [ -n "$start" ] || fail "PostgreSQL does not answer at $host:$port, and no local cluster is on port $port:
$(pg_lsclusters)"
  fi
fi

# Chromium, and a Chinese font for its screenshots.
[ -x "$chromium" ] || missing+=(chromium)
fc-list ':lang=zh' family 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)

if [ "$(id -u)" != 0 ] && { [ ${#missing[@]} -gt 0 ] || [ -n "$start" ]; }; then
  {
    echo "test prerequisites: missing; as root, run:"
    [ ${#missing[@]} -eq 0 ] || echo "  apt-get update && apt-get install -y ${missing[*]}"
    [ -z "$start" ] || echo "  pg_ctlcluster --skip-systemctl-redirect $start start"
    echo "then make test again."
  } >&2
  exit 1
fi

installed_postgresql=false
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail "missing: ${missing[*]}; install them (there is no apt-get here)"
  say "installing ${missing[*]}"
  apt-get update -q </dev/null
  apt-get install -y -q "${missing[@]}" </dev/null
  [[ " ${missing[*]} " == *" postgresql "* ]] && installed_postgresql=true
  [ -x "$chromium" ] || fail "Chromium is still not at $chromium (CHROMIUM)"
  fc-list ':lang=zh' family 2>/dev/null | grep -q . || fail "still no Chinese font (fc-list ':lang=zh')"
fi

if ! answers; then
  start=$(cluster)
  [ -n "$start" ] || fail "no local PostgreSQL cluster is on port $port:
$(pg_lsclusters)"
  say "starting PostgreSQL $start"
  # shellcheck disable=SC2086 # "version name"
  pg_ctlcluster --skip-systemctl-redirect $start start </dev/null || true
  deadline=$((SECONDS + 30))
  until answers; do
    [ $SECONDS -lt $deadline ] || fail "PostgreSQL $start does not answer at $host:$port 30 s after starting"
    sleep 0.2
  done
fi

if $installed_postgresql; then
  # A new Debian cluster asks local TCP clients for a password; the tests
  # connect as postgres without one.
  set -- $(cluster)
  hba=/etc/postgresql/$1/$2/pg_hba.conf
  say "letting postgres connect from this machine without a password ($hba)"
  sed -i '1i host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$1" "$2" reload </dev/null
fi

if command -v psql >/dev/null && ! err=$(psql -w "$url" -Atqc 'select 1' 2>&1 </dev/null); then
  fail "PostgreSQL at $host:$port answers but refuses the tests' connection (GRASSROOTS_TEST_POSTGRES): $err"
fi

say "ok (Go $go_version, Node $node_version, PostgreSQL at $host:$port, $chromium)"
