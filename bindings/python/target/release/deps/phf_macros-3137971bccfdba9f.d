/work/main/bindings/python/target/release/deps/phf_macros-3137971bccfdba9f.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/parse.rs

/work/main/bindings/python/target/release/deps/libphf_macros-3137971bccfdba9f.so: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/parse.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/phf_macros-0.14.0/src/parse.rs:
