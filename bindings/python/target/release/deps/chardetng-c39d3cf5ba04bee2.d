/work/main/bindings/python/target/release/deps/chardetng-c39d3cf5ba04bee2.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/data.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/tld.rs

/work/main/bindings/python/target/release/deps/libchardetng-c39d3cf5ba04bee2.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/data.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/tld.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/data.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/chardetng-1.0.0/src/tld.rs:
