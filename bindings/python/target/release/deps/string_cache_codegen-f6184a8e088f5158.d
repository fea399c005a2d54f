/work/main/bindings/python/target/release/deps/string_cache_codegen-f6184a8e088f5158.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/string_cache_codegen-0.11.2/lib.rs

/work/main/bindings/python/target/release/deps/libstring_cache_codegen-f6184a8e088f5158.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/string_cache_codegen-0.11.2/lib.rs

/work/main/bindings/python/target/release/deps/libstring_cache_codegen-f6184a8e088f5158.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/string_cache_codegen-0.11.2/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/string_cache_codegen-0.11.2/lib.rs:
