#!/usr/bin/env bash
# Measures a local cluster of plain processes: start time, a run's wall time on 1 and on 3 silos, and silo memory.
# Usage: scripts/cluster-measure.sh SCENARIO.yaml [TRIALS]   (needs redis-server; builds Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=$1; trials=${2:-1000}
dotnet build src/Sihui.ChainSim.Cli -c Release -v q -nologo >/dev/null
dll=src/Sihui.ChainSim.Cli/bin/Release/net10.0/chainsim.dll
work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
redis_port=$(free_port)
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!); sleep 0.5

start_silos() { # count cluster-id
  local t0; t0=$(date +%s.%N)
  for i in $(seq 1 "$1"); do
    dotnet "$dll" silo --redis "127.0.0.1:$redis_port" --cluster-id "$2" --silo-port "$(free_port)" --gateway-port "$(free_port)" \
      --probe-timeout 00:00:01 --missed-probes 2 --table-refresh 00:00:02 >"$work/$2-$i.out" 2>"$work/$2-$i.err" &
    pids+=($!); echo $! >"$work/$2-$i.pid"
  done
  for i in $(seq 1 "$1"); do until grep -q 'silo ready' "$work/$2-$i.out"; do sleep 0.05; done; done
  echo "$1 silo(s) ready in $(echo "$(date +%s.%N) - $t0" | bc) s"
}
run_on() { # cluster-id label
  local t0; t0=$(date +%s.%N)
  dotnet "$dll" run "$scenario" --trials "$trials" --cluster --redis "127.0.0.1:$redis_port" --cluster-id "$1" --quiet --out "$work/out-$1"
  echo "$2: run wall time $(echo "$(date +%s.%N) - $t0" | bc) s (client start included)"
}
rss() { for f in "$work"/$1-*.pid; do p=$(cat "$f"); grep -E 'VmHWM|VmRSS' /proc/"$p"/status | tr '\n' ' '; echo " (silo PID $p)"; done; }

t0=$(date +%s.%N); dotnet "$dll" run "$scenario" --trials "$trials" --engine direct --quiet --out "$work/direct"
echo "direct engine: $(echo "$(date +%s.%N) - $t0" | bc) s"
t0=$(date +%s.%N); dotnet "$dll" run "$scenario" --trials "$trials" --quiet --out "$work/embedded"
echo "embedded silo: $(echo "$(date +%s.%N) - $t0" | bc) s"
start_silos 1 one; run_on one "1 silo (warm-up)"; run_on one "1 silo"; rss one
start_silos 3 three; run_on three "3 silos (warm-up)"; run_on three "3 silos"; rss three
cmp "$work/direct/summary.json" "$work/out-three/summary.json" >/dev/null 2>&1 || \
  diff <(grep -v '"engine"' "$work/direct/summary.json") <(grep -v '"engine"' "$work/out-three/summary.json") >/dev/null && echo "3-silo summary equals the direct one (engine field aside)"
