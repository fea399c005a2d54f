/work/main/bindings/python/target/release/deps/phf_generator-b4437ada80547897.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_generator-0.14.0/src/lib.rs

/work/main/bindings/python/target/release/deps/libphf_generator-b4437ada80547897.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_generator-0.14.0/src/lib.rs

/work/main/bindings/python/target/release/deps/libphf_generator-b4437ada80547897.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_generator-0.14.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_generator-0.14.0/src/lib.rs:
