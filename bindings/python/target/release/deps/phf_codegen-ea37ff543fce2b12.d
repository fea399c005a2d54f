/work/main/bindings/python/target/release/deps/phf_codegen-ea37ff543fce2b12.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_codegen-0.14.0/src/lib.rs

/work/main/bindings/python/target/release/deps/libphf_codegen-ea37ff543fce2b12.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_codegen-0.14.0/src/lib.rs

/work/main/bindings/python/target/release/deps/libphf_codegen-ea37ff543fce2b12.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_codegen-0.14.0/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_codegen-0.14.0/src/lib.rs:
