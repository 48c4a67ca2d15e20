# parley's two commands (see README.md):
#   make run    install what is missing, build, and run the main job on the seed corpus
#   make test   install what is missing, build, and run every test
# Also: make test-sanitize (tests under AddressSanitizer + UBSan), make bench.

BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
DB ?= parley.db
SHARED_DATA ?= ../shared/data

FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60

# The shipped NLP model: UD English EWT and the CC BY documents of GUM (news, voyage, interview,
# bio), NER from wikigold, UNER EWT dev and GUM's entities. See models/README.md.
GUM_NC = '^GUM_(academic|conversation|court|essay|fiction|letter|podcast|speech|textbook|vlog|whow|reddit)_'
MODEL ?= models/parley-en.model

.PHONY: run test test-sanitize bench fuzz model build deps clean

deps:
	@./scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release > /dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/parley run examples/seeds --manifest examples/seeds/manifest.jsonl --db $(DB)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The unit tests run as one process a shard (scripts/run-test-shards.sh), not one a test: under the
# sanitizers each process spends a second loading the model. The rest through ctest.
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
test-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DPARLEY_SANITIZE=ON > /dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	$(SANITIZER_ENV) ./scripts/run-test-shards.sh $(SANITIZE_BUILD)/tests/parley_unit_tests $(JOBS)
	$(SANITIZER_ENV) ctest --test-dir $(SANITIZE_BUILD) --label-exclude unit --output-on-failure -j $(JOBS)

# Throughput on the UD English treebanks' sentences and the article extraction benchmark's pages
# (read at bench time, not shipped), with NLTK's Treebank tokenizer and readability-lxml as peers.
bench: build
	@./scripts/install-deps.sh bench
	./$(BUILD)/parley bench $(SHARED_DATA)/ud-english-ewt/en_ewt-ud-train.conllu \
	  $(SHARED_DATA)/ud-english-gum/en_gum-ud-train.conllu --min-mb 10 \
	  --peer "/usr/bin/python3 bench/peer_nltk_tokenizer.py" \
	  --extraction $(SHARED_DATA)/article-extraction \
	  --extraction-peer "/usr/bin/python3 bench/peer_readability.py"

model: build
	./$(BUILD)/parley train --out $(MODEL) --seed 1 \
	  --train $(SHARED_DATA)/ud-english-ewt/en_ewt-ud-train.conllu \
	  --train $(SHARED_DATA)/ud-english-gum/en_gum-ud-train.conllu --exclude-docs $(GUM_NC) \
	  --dev $(SHARED_DATA)/ud-english-ewt/en_ewt-ud-dev.conllu \
	  --tagger-epochs 8 --parser-epochs 15 --jackknife 5 \
	  --ner $(SHARED_DATA)/wikigold/wikigold.conll.txt \
	  --ner $(SHARED_DATA)/uner-english-ewt/en_ewt-ud-dev.iob2 \
	  --ner $(SHARED_DATA)/ud-english-gum/en_gum-ud-train.conllu --ner-epochs 4

# Coverage-guided fuzzing with clang's libFuzzer, FUZZ_SECONDS per target, seeded with the
# example corpus. A crash leaves its input in $(FUZZ_BUILD)/; copy it to tests/fuzz/regressions/.
fuzz:
	@./scripts/install-deps.sh fuzz
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPARLEY_FUZZ=ON -DPARLEY_TESTS=OFF > /dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_document fuzz_jsonl_record fuzz_html
	mkdir -p $(FUZZ_BUILD)/corpus-document $(FUZZ_BUILD)/corpus-jsonl $(FUZZ_BUILD)/corpus-html
	cp examples/seeds/*.txt tests/fuzz/regressions/document/* $(FUZZ_BUILD)/corpus-document/
	cp tests/fuzz/regressions/jsonl/* $(FUZZ_BUILD)/corpus-jsonl/
	cp tests/fuzz/regressions/html/* $(FUZZ_BUILD)/corpus-html/
	cd $(FUZZ_BUILD) && ./tests/fuzz/fuzz_document -max_total_time=$(FUZZ_SECONDS) -max_len=4096 corpus-document
	cd $(FUZZ_BUILD) && ./tests/fuzz/fuzz_jsonl_record -max_total_time=$(FUZZ_SECONDS) corpus-jsonl
	cd $(FUZZ_BUILD) && ./tests/fuzz/fuzz_html -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 \
	  -dict=../tests/fuzz/html.dict corpus-html

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
