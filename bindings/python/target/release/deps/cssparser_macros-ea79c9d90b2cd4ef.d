/work/main/bindings/python/target/release/deps/cssparser_macros-ea79c9d90b2cd4ef.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/cssparser-macros-0.7.1/lib.rs

/work/main/bindings/python/target/release/deps/libcssparser_macros-ea79c9d90b2cd4ef.so: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/cssparser-macros-0.7.1/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/cssparser-macros-0.7.1/lib.rs:
