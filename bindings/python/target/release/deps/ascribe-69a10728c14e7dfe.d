/work/main/bindings/python/target/release/deps/ascribe-69a10728c14e7dfe.d: /work/main/crates/ascribe/src/lib.rs /work/main/crates/ascribe/src/assemble.rs /work/main/crates/ascribe/src/enrich/mod.rs /work/main/crates/ascribe/src/enrich/boilerplate.rs /work/main/crates/ascribe/src/enrich/dates.rs /work/main/crates/ascribe/src/enrich/names.rs /work/main/crates/ascribe/src/enrich/role.rs /work/main/crates/ascribe/src/enrich/social.rs /work/main/crates/ascribe/src/enrich/speaker.rs /work/main/crates/ascribe/src/enrich/venue.rs /work/main/crates/ascribe/src/error.rs /work/main/crates/ascribe/src/extractor.rs /work/main/crates/ascribe/src/learned/mod.rs /work/main/crates/ascribe/src/learned/features.rs /work/main/crates/ascribe/src/learned/format.rs /work/main/crates/ascribe/src/learned/linear.rs /work/main/crates/ascribe/src/learned/subject.rs /work/main/crates/ascribe/src/lexicon.rs /work/main/crates/ascribe/src/lower.rs /work/main/crates/ascribe/src/pipeline.rs /work/main/crates/ascribe/src/rules/mod.rs /work/main/crates/ascribe/src/rules/frames/mod.rs /work/main/crates/ascribe/src/rules/frames/content.rs /work/main/crates/ascribe/src/rules/frames/postposed.rs /work/main/crates/ascribe/src/rules/frames/preposed.rs /work/main/crates/ascribe/src/rules/frames/special.rs /work/main/crates/ascribe/src/rules/np.rs /work/main/crates/ascribe/src/rules/words.rs /work/main/crates/ascribe/src/types.rs /work/main/crates/ascribe/src/enrich/../../../../data/names/first-names.txt /work/main/crates/ascribe/../../models/attribution.bin /work/main/crates/ascribe/../../models/pos.bin /work/main/crates/ascribe/../../models/parser.bin /work/main/crates/ascribe/../../models/ner.bin

/work/main/bindings/python/target/release/deps/libascribe-69a10728c14e7dfe.rmeta: /work/main/crates/ascribe/src/lib.rs /work/main/crates/ascribe/src/assemble.rs /work/main/crates/ascribe/src/enrich/mod.rs /work/main/crates/ascribe/src/enrich/boilerplate.rs /work/main/crates/ascribe/src/enrich/dates.rs /work/main/crates/ascribe/src/enrich/names.rs /work/main/crates/ascribe/src/enrich/role.rs /work/main/crates/ascribe/src/enrich/social.rs /work/main/crates/ascribe/src/enrich/speaker.rs /work/main/crates/ascribe/src/enrich/venue.rs /work/main/crates/ascribe/src/error.rs /work/main/crates/ascribe/src/extractor.rs /work/main/crates/ascribe/src/learned/mod.rs /work/main/crates/ascribe/src/learned/features.rs /work/main/crates/ascribe/src/learned/format.rs /work/main/crates/ascribe/src/learned/linear.rs /work/main/crates/ascribe/src/learned/subject.rs /work/main/crates/ascribe/src/lexicon.rs /work/main/crates/ascribe/src/lower.rs /work/main/crates/ascribe/src/pipeline.rs /work/main/crates/ascribe/src/rules/mod.rs /work/main/crates/ascribe/src/rules/frames/mod.rs /work/main/crates/ascribe/src/rules/frames/content.rs /work/main/crates/ascribe/src/rules/frames/postposed.rs /work/main/crates/ascribe/src/rules/frames/preposed.rs /work/main/crates/ascribe/src/rules/frames/special.rs /work/main/crates/ascribe/src/rules/np.rs /work/main/crates/ascribe/src/rules/words.rs /work/main/crates/ascribe/src/types.rs /work/main/crates/ascribe/src/enrich/../../../../data/names/first-names.txt /work/main/crates/ascribe/../../models/attribution.bin /work/main/crates/ascribe/../../models/pos.bin /work/main/crates/ascribe/../../models/parser.bin /work/main/crates/ascribe/../../models/ner.bin

/work/main/crates/ascribe/src/lib.rs:
/work/main/crates/ascribe/src/assemble.rs:
/work/main/crates/ascribe/src/enrich/mod.rs:
/work/main/crates/ascribe/src/enrich/boilerplate.rs:
/work/main/crates/ascribe/src/enrich/dates.rs:
/work/main/crates/ascribe/src/enrich/names.rs:
/work/main/crates/ascribe/src/enrich/role.rs:
/work/main/crates/ascribe/src/enrich/social.rs:
/work/main/crates/ascribe/src/enrich/speaker.rs:
/work/main/crates/ascribe/src/enrich/venue.rs:
/work/main/crates/ascribe/src/error.rs:
/work/main/crates/ascribe/src/extractor.rs:
/work/main/crates/ascribe/src/learned/mod.rs:
/work/main/crates/ascribe/src/learned/features.rs:
/work/main/crates/ascribe/src/learned/format.rs:
/work/main/crates/ascribe/src/learned/linear.rs:
/work/main/crates/ascribe/src/learned/subject.rs:
/work/main/crates/ascribe/src/lexicon.rs:
/work/main/crates/ascribe/src/lower.rs:
/work/main/crates/ascribe/src/pipeline.rs:
/work/main/crates/ascribe/src/rules/mod.rs:
/work/main/crates/ascribe/src/rules/frames/mod.rs:
/work/main/crates/ascribe/src/rules/frames/content.rs:
/work/main/crates/ascribe/src/rules/frames/postposed.rs:
/work/main/crates/ascribe/src/rules/frames/preposed.rs:
/work/main/crates/ascribe/src/rules/frames/special.rs:
/work/main/crates/ascribe/src/rules/np.rs:
/work/main/crates/ascribe/src/rules/words.rs:
/work/main/crates/ascribe/src/types.rs:
/work/main/crates/ascribe/src/enrich/../../../../data/names/first-names.txt:
/work/main/crates/ascribe/../../models/attribution.bin:
/work/main/crates/ascribe/../../models/pos.bin:
/work/main/crates/ascribe/../../models/parser.bin:
/work/main/crates/ascribe/../../models/ner.bin:

# env-dep:CARGO_MANIFEST_DIR=/work/main/crates/ascribe
