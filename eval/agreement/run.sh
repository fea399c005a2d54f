#!/usr/bin/env bash
# How far two PolNeAR annotators of the same article agree, scored with the
# very metrics `ascribe eval` applies to the model (crates/eval/examples/
# agreement.rs): the first annotation file of an article (sorted by name,
# the one `ascribe eval`/`train` take as gold) is the gold, every other
# annotator's file of that article is scored as a prediction. PolNeAR train
# has 16 such articles (95 files, 79 pairs).
#
#   eval/agreement/run.sh            # prints the table; needs ../shared
#   eval/agreement/run.sh --last     # the last file of each article as gold
set -euo pipefail
cd "$(dirname "$0")/../.."
TRAIN=../shared/data/polnear/train
if [ ! -d "$TRAIN/attributions" ]; then
  echo "skipped: $TRAIN not found"; exit 0
fi
cargo run --release -q -p ascribe-eval --example agreement -- "$TRAIN" "$@"
