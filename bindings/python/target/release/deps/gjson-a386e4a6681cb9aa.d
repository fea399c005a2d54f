/work/main/bindings/python/target/release/deps/gjson-a386e4a6681cb9aa.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/modifiers.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/multipath.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/path.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/pretty.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/test.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/tools.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/util.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/valid.rs

/work/main/bindings/python/target/release/deps/libgjson-a386e4a6681cb9aa.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/modifiers.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/multipath.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/path.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/pretty.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/test.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/tools.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/util.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/valid.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/modifiers.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/multipath.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/path.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/pretty.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/test.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/tools.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/util.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/gjson-0.8.1/src/valid.rs:
